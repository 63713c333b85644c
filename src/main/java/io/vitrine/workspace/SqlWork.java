package io.vitrine.workspace;

import java.sql.SQLException;

/** A unit of database work run by {@link Database#read} or {@link Database#write}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Sql sql) throws SQLException;
}
