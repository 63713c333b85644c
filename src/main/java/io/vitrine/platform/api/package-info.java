/**
 * The platform contract as Java records, one per JSON body of {@code platform-api.yaml}. The sync
 * engine sends and reads them; the simulator serves them. Field names become snake_case on the wire
 * through {@link io.vitrine.common.Json}.
 */
package io.vitrine.platform.api;
