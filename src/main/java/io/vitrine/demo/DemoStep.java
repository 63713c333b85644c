package io.vitrine.demo;

/** One part of the demo workspace (brand, catalog, posts, polls, engagement), run in order. */
@FunctionalInterface
public interface DemoStep {
    void fill(DemoContext context) throws Exception;
}
