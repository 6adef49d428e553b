/**
 * Building the gazetteer from its sources: the bundled GeoNames extracts and lists, Evident's own lists and a user's
 * GeoNames dumps, into the {@link org.evident.geo.Gazetteer} that geocoding reads. Runtime geocoding
 * ({@code org.evident.geo}) does not depend on this package; the pipeline's builder loads a gazetteer through it.
 */
package org.evident.geo.build;
