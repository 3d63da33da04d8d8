package org.psp.model.fbi;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states, the District of Columbia and the territories as the FBI's tables name them (upper case)
 * and their two-letter USPS codes, as site files write them.
 */
public final class UsStates {

  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("ALABAMA", "AL"), Map.entry("ALASKA", "AK"), Map.entry("ARIZONA", "AZ"), Map.entry("ARKANSAS", "AR"),
      Map.entry("CALIFORNIA", "CA"), Map.entry("COLORADO", "CO"), Map.entry("CONNECTICUT", "CT"),
      Map.entry("DELAWARE", "DE"), Map.entry("DISTRICT OF COLUMBIA", "DC"), Map.entry("FLORIDA", "FL"),
      Map.entry("GEORGIA", "GA"), Map.entry("HAWAII", "HI"), Map.entry("IDAHO", "ID"), Map.entry("ILLINOIS", "IL"),
      Map.entry("INDIANA", "IN"), Map.entry("IOWA", "IA"), Map.entry("KANSAS", "KS"), Map.entry("KENTUCKY", "KY"),
      Map.entry("LOUISIANA", "LA"), Map.entry("MAINE", "ME"), Map.entry("MARYLAND", "MD"),
      Map.entry("MASSACHUSETTS", "MA"), Map.entry("MICHIGAN", "MI"), Map.entry("MINNESOTA", "MN"),
      Map.entry("MISSISSIPPI", "MS"), Map.entry("MISSOURI", "MO"), Map.entry("MONTANA", "MT"),
      Map.entry("NEBRASKA", "NE"), Map.entry("NEVADA", "NV"), Map.entry("NEW HAMPSHIRE", "NH"),
      Map.entry("NEW JERSEY", "NJ"), Map.entry("NEW MEXICO", "NM"), Map.entry("NEW YORK", "NY"),
      Map.entry("NORTH CAROLINA", "NC"), Map.entry("NORTH DAKOTA", "ND"), Map.entry("OHIO", "OH"),
      Map.entry("OKLAHOMA", "OK"), Map.entry("OREGON", "OR"), Map.entry("PENNSYLVANIA", "PA"),
      Map.entry("RHODE ISLAND", "RI"), Map.entry("SOUTH CAROLINA", "SC"), Map.entry("SOUTH DAKOTA", "SD"),
      Map.entry("TENNESSEE", "TN"), Map.entry("TEXAS", "TX"), Map.entry("UTAH", "UT"), Map.entry("VERMONT", "VT"),
      Map.entry("VIRGINIA", "VA"), Map.entry("WASHINGTON", "WA"), Map.entry("WEST VIRGINIA", "WV"),
      Map.entry("WISCONSIN", "WI"), Map.entry("WYOMING", "WY"), Map.entry("PUERTO RICO", "PR"),
      Map.entry("GUAM", "GU"), Map.entry("AMERICAN SAMOA", "AS"), Map.entry("VIRGIN ISLANDS", "VI"),
      Map.entry("NORTHERN MARIANA ISLANDS", "MP"));

  private UsStates() {}

  /** The USPS code of a state named as the FBI does, in any case and spacing: {@code Tennessee} → {@code TN}. */
  public static Optional<String> code(String name) {
    return Optional.ofNullable(CODES.get(name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)));
  }

  /** Whether {@code code} is the USPS code of a state, DC or a territory, in upper case: {@code TN}, not {@code tn}. */
  public static boolean isCode(String code) {
    return CODES.containsValue(code);
  }
}
