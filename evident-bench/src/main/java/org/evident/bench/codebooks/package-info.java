/** Development-time generators of the codebooks Evident derives from public lexical data; nothing here runs in Evident. */
package org.evident.bench.codebooks;
