/**
 * Event extraction: codebook-driven trigger matching over lemmas, POS and the dependency parse; arguments,
 * sizes, dates, epistemic status and source; in-article merging of mentions into records.
 */
package org.evident.extract;
