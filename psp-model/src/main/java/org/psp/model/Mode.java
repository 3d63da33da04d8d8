package org.psp.model;

/** Whether a recommendation starts a new effort or builds on one the site already has. */
public enum Mode {
  /** Establish a new effort. */
  ESTABLISH,
  /** Strengthen an effort the site already has. */
  STRENGTHEN
}
