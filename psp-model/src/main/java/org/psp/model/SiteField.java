package org.psp.model;

/**
 * The parts of a site that someone may or may not have recorded. In the site file a part is recorded
 * when its key is present ({@code "capabilities": []} means: checked, none) and not recorded when
 * the key is absent (nobody has looked). The policy decides the same way in both cases, but the
 * advice never states as a fact what is only not recorded, and lists each unrecorded part among its
 * assumptions.
 */
public enum SiteField {
  /** Partners already working with the site. */
  PARTNERS("partners"),
  /** What the site already has. */
  CAPABILITIES("capabilities"),
  /** Circumstances that shape the advice. */
  CONDITIONS("conditions"),
  /** What the site is doing or has done. */
  INTERVENTIONS("interventions"),
  /** Whether the site's leadership is committed to reducing violent crime. */
  COMMITMENT("commitment");

  private final String jsonName;

  SiteField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** Its key in the site file, e.g. {@code capabilities}. */
  public String jsonName() {
    return jsonName;
  }
}
