package org.meshbridge.server.cli;

import org.meshbridge.server.net.ListenAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --listen HOST:PORT}; the message names what is wrong. */
final class ListenAddressConverter implements ITypeConverter<ListenAddress> {

    @Override
    public ListenAddress convert(String value) {
        try {
            return ListenAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
