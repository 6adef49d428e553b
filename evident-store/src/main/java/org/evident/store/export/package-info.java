/**
 * Writing stored records out: PLOVER JSON Lines, CSV with ACLED-like columns, GeoJSON points for map tools and
 * Parquet for analysis tools.
 */
package org.evident.store.export;
