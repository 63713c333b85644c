package io.vitrine.sync;

import io.vitrine.common.VitrineException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The workspace's brands and their saved tokens: connect a brand (the token is checked with the
 * platform, then saved outside the workspace), sync every connected brand, disconnect.
 */
public final class SyncAccounts {
    private final SyncEngine engine;
    private final TokenStore tokens;
    private final Function<PlatformConnection, PlatformClient> clients;

    public SyncAccounts(SyncEngine engine, TokenStore tokens, Function<PlatformConnection, PlatformClient> clients) {
        this.engine = engine;
        this.tokens = tokens;
        this.clients = clients;
    }

    public SyncAccounts(SyncEngine engine, TokenStore tokens) {
        this(engine, tokens, PlatformClient::new);
    }

    /** Checks the token, links the brand it belongs to and saves the token; refuses a token the platform refuses. */
    public LinkedBrand connect(URI url, String token) {
        return connect(url, token, null);
    }

    /**
     * As {@link #connect(URI, String)}; {@code confirmedBrand} (a workspace brand's name or handle) is the person's
     * answer to {@link BrandLinkNeeded}: link that brand to the token's account although their names differ.
     */
    public LinkedBrand connect(URI url, String token, String confirmedBrand) {
        PlatformConnection connection = new PlatformConnection(url, token.strip());
        LinkedBrand brand = engine.link(clients.apply(connection), connection, confirmedBrand);
        tokens.save(connection.base(), brand.platformBrandId(), connection.token());
        return brand;
    }

    public void disconnect(LinkedBrand brand) {
        if (brand.linked()) {
            tokens.forget(brand.platformUrl(), brand.platformBrandId());
        }
    }

    public boolean connected(LinkedBrand brand) {
        return connection(brand).isPresent();
    }

    /** True when at least one brand has a saved token (a sync round has something to do). */
    public boolean anyConnected() {
        return engine.brands().stream().anyMatch(this::connected);
    }

    public List<LinkedBrand> brands() {
        return engine.brands();
    }

    /** One round for every connected brand; the reports add up. */
    public SyncReport syncAll() {
        List<PlatformConnection> connections = new ArrayList<>();
        for (LinkedBrand brand : engine.brands()) {
            connection(brand).ifPresent(connections::add);
        }
        if (connections.isEmpty()) {
            throw new VitrineException("No brand of this workspace is connected to the platform.",
                    "Open the Sync screen and connect the brand with its platform address and token.");
        }
        SyncReport total = SyncReport.EMPTY;
        for (PlatformConnection connection : connections) {
            total = total.plus(engine.run(clients.apply(connection), connection));
        }
        return total;
    }

    /** The connection saved for a brand of this workspace on that platform, if one was connected there. */
    public Optional<PlatformConnection> savedConnection(URI platformUrl) {
        String base = platformUrl.toString().replaceAll("/+$", "");
        return engine.brands().stream().filter(brand -> base.equals(brand.platformUrl()))
                .map(this::connection).flatMap(Optional::stream).findFirst();
    }

    public SyncEngine engine() {
        return engine;
    }

    private Optional<PlatformConnection> connection(LinkedBrand brand) {
        if (!brand.linked()) {
            return Optional.empty();
        }
        return tokens.token(brand.platformUrl(), brand.platformBrandId())
                .map(token -> new PlatformConnection(URI.create(brand.platformUrl()), token));
    }
}
