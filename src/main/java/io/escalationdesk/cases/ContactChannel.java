package io.escalationdesk.cases;

/** How the customer wants to hear from us. */
public enum ContactChannel {
  EMAIL,
  SMS;

  public ContactChannel other() {
    return this == EMAIL ? SMS : EMAIL;
  }

  /** The customer's address on this channel, {@code null} when they left none. */
  public String addressOf(String email, String phone) {
    String address = this == EMAIL ? email : phone;
    return address == null || address.isBlank() ? null : address;
  }

  /** This channel if the customer has an address on it, otherwise the other one if they do. */
  public ContactChannel orOtherReaching(String email, String phone) {
    return addressOf(email, phone) == null && other().addressOf(email, phone) != null
        ? other() : this;
  }
}
