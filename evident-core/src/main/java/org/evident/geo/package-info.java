/**
 * Place names to gazetteer entries with coordinates: the gazetteer, its index and the geocoder. Building a gazetteer
 * from its sources is {@code org.evident.geo.build}.
 */
package org.evident.geo;
