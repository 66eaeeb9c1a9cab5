package dev.cairn.cli.seal;

import dev.cairn.internal.seal.PublicSealKey;
import dev.cairn.internal.seal.SealingKey;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the keys named on the command line, turning every failure into one line naming the file. */
public final class Keys {

    private Keys() {}

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static SealingKey secret(Path file) {
        try {
            return SealingKey.read(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("key file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read key file " + file + " (" + e.getMessage() + ")");
        }
    }

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static PublicSealKey publicKey(Path file) {
        try {
            return PublicSealKey.read(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("public key file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read public key file " + file + " (" + e.getMessage() + ")");
        }
    }
}
