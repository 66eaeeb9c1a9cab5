package dev.cairn.cli.json;

/** A JSON number kept as its source text, so it is printed back exactly as the service wrote it. */
public record JsonNumber(String text) {

    public double doubleValue() {
        return Double.parseDouble(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
