package io.vitrine.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value; repositories keep theirs as constants. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
}
