package dev.newsgraph.formats;

import dev.newsgraph.error.BadUserInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a delivered file to text, in the charset the file says it is in: a byte-order mark, the HTTP charset,
 * the XML declaration, an HTML meta charset; UTF-8 when none says. Bytes that are not valid in that charset are
 * refused with what to do, never turned into replacement characters or mojibake.
 */
public final class Decoding {

    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([\\w.:-]+)\"?");
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private Decoding() {
    }

    public static String decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "its byte-order mark");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "its byte-order mark");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "its byte-order mark");
        }
        Matcher header = contentType == null ? null : CHARSET_PARAM.matcher(contentType);
        if (header != null && header.find()) {
            return strict(bytes, 0, charset(header.group(1)), "the Content-Type charset");
        }
        // "<?xml" in UTF-16 without a byte-order mark: every other byte is zero.
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<') {
            return strict(bytes, 0, StandardCharsets.UTF_16BE, "its zero bytes");
        }
        if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16LE, "its zero bytes");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return strict(bytes, 0, charset(xml.group(1)), "its XML declaration");
        }
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return strict(bytes, 0, charset(meta.group(1)), "its meta charset");
        }
        return strict(bytes, 0, StandardCharsets.UTF_8, null);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT).equals("latin1") ? "ISO-8859-1" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadUserInputException("The charset '" + name + "' the file declares is not known: send UTF-8");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String declaredBy) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            String bad = at < bytes.length ? String.format("0x%02X", bytes[at] & 0xFF) : "the end";
            String length = e instanceof MalformedInputException m ? " (" + m.getInputLength() + " bytes)" : "";
            throw new BadUserInputException("The file is not valid " + charset.name() + ": byte " + bad + length + " at offset "
                    + at + (declaredBy == null ? " and it declares no charset. Send UTF-8, or name the charset in the"
                    + " Content-Type (e.g. text/plain; charset=windows-1252) or in the XML declaration"
                    : ", the charset " + declaredBy + " names. Send it in the charset it declares"));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
