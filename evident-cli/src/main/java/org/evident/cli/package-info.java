/** The evident command and its subcommands (picocli), with the exit codes and messages users see. */
package org.evident.cli;
