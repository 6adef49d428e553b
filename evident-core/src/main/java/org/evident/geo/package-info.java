/** Place names to gazetteer entries with coordinates: the gazetteer, its index and the geocoder. */
package org.evident.geo;
