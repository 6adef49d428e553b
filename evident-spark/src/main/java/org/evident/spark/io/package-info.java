/** Hadoop file-system helpers shared by the Spark jobs, below both the extraction and the resolution job. */
package org.evident.spark.io;
