package coop.toitcommun.venue;

/** What a visitor without an account gives to register: a name, an email, a number of places, their language. */
public record NewRegistration(String name, String email, int places, String language) {

    public NewRegistration {
        name = name == null ? "" : name.trim();
        email = email == null ? "" : email.trim();
    }
}
