package io.vitrine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void indexListsIncreasingVersionsWithSql() {
        List<Migrations.Migration> all = Migrations.all();
        assertThat(all).isNotEmpty();
        assertThat(all.get(0).version()).isEqualTo(1);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).version()).isGreaterThan(all.get(i - 1).version());
        }
        assertThat(all).allSatisfy(m -> assertThat(m.sql()).isNotBlank());
        assertThat(Migrations.latestVersion()).isEqualTo(all.get(all.size() - 1).version());
    }
}
