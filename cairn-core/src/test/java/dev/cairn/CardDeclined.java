package dev.cairn;

/** The scenario shop's own checked exception, to show that the caller receives it unchanged. */
public final class CardDeclined extends Exception {

    private static final long serialVersionUID = 1L;

    public CardDeclined(String message) {
        super(message);
    }
}
