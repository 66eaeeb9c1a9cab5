package example.shop;

/** The application's own exception, to show that the caller receives it unchanged. */
public final class CardDeclined extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardDeclined(String message) {
        super(message);
    }
}
