package dev.cairn.net.internal;

/** How an encoded JSON line is made to fit its transport, and how many lines had to be cut for it. */
interface LineFit {

    /** Lines of any length pass unchanged: a stream transport has no size limit. */
    LineFit UNLIMITED = new LineFit() {
        @Override
        public byte[] apply(byte[] line) {
            return line;
        }

        @Override
        public long cut() {
            return 0;
        }

        @Override
        public void reportTotal() {}
    };

    /** {@code line}, or a line that fits in its place. */
    byte[] apply(byte[] line);

    /** Lines cut so far; read from any thread. */
    long cut();

    /** Reports how many lines were cut, if any; called once the sink is closed. */
    void reportTotal();
}
