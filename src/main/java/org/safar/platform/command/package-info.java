/** Administrative commands run from the command line instead of the web server ({@code bin/safar}). */
@org.springframework.modulith.NamedInterface("command")
package org.safar.platform.command;
