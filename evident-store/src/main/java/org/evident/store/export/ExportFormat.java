package org.evident.store.export;

/** The formats records can be exported in. */
public enum ExportFormat {
    /** PLOVER JSON, one record per line, with the id of the event it belongs to. */
    jsonl,
    /** One row per record with ACLED-like columns. */
    csv,
    /** A FeatureCollection of points, one per geocoded record. */
    geojson,
    /** The CSV columns as a Parquet file. */
    parquet
}
