/**
 * The FBI's per-city tables as published: <i>Offenses Known to Law Enforcement by State by City</i>
 * (<i>Crime in the United States</i> Table 8; Table 6 in 2016), an Excel 97 {@code .xls} file or a
 * CSV of the same columns, read row by row into {@link org.psp.model.fbi.CityRow}s, each with the
 * FBI's footnotes as {@link org.psp.model.fbi.FbiFlag}s, and turned into {@link org.psp.model.Site}s.
 *
 * <p>{@link org.psp.model.fbi.CityTableReader} is the entry point; {@link org.psp.model.fbi.PspRoster}
 * says which cities are or were PSP sites. Screening the rows with an advisor is in {@code
 * org.psp.rules.screen}.
 */
package org.psp.model.fbi;
