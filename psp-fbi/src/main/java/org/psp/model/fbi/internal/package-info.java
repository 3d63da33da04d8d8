/**
 * How the FBI city tables are read: the cells of a sheet, row by row, from an Excel 97 workbook
 * (Apache POI's HSSF record stream) or a CSV file, within bounds. Not part of the API.
 */
package org.psp.model.fbi.internal;
