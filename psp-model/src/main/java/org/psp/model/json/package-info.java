/**
 * The JSON site file: {@link org.psp.model.json.SiteFileReader} reads it, reporting every problem with
 * its site id and JSON path; {@link org.psp.model.json.SiteFileWriter} writes it. The only package of
 * the model that knows JSON.
 */
package org.psp.model.json;
