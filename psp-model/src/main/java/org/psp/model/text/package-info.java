/**
 * Reading a person's text file the way every PSP reader does: within a limit of bytes and as UTF-8,
 * with a message that names the file and what is wrong ({@link org.psp.model.text.BoundedText}). The
 * site file reader, the settings and rule file readers and the command line's scenario reader all use
 * it, so that each input's problems read alike.
 */
package org.psp.model.text;
