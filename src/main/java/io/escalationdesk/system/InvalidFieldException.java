package io.escalationdesk.system;

/** A request field that passed its own checks but breaks a rule across fields: a 400 naming it. */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
