package dev.kiln.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An AVIF's size from its ISOBMFF boxes: the {@code ispe} (image spatial extents) property of the
 * primary item ({@code meta/pitm}, associated through {@code meta/iprp/ipma}), or the first
 * {@code ispe} when the file does not say which item is primary. A rotation ({@code irot}) of a
 * quarter or three quarters swaps the sides, as the image is shown turned.
 */
final class AvifHeader {
    private AvifHeader() {}

    /** A box's type and the bounds of its contents (after its header). */
    private record Box(String type, long start, long end) {}

    static boolean matches(byte[] b) {
        if (!Bytes.is(b, 4, "ftyp")) return false;
        long size = Bytes.u32be(b, 0);
        if (size < 16 || size > b.length) return false;
        if (isAvifBrand(b, 8)) return true;
        for (long at = 16; at + 4 <= size; at += 4) { // compatible brands follow the major brand and its version
            if (isAvifBrand(b, at)) return true;
        }
        return false;
    }

    private static boolean isAvifBrand(byte[] b, long at) {
        return Bytes.is(b, at, "avif") || Bytes.is(b, at, "avis");
    }

    static Optional<ImageInfo> read(byte[] b) {
        Optional<Box> meta = first(children(b, 0, b.length), "meta");
        if (meta.isEmpty()) return Optional.empty();
        List<Box> inMeta = children(b, meta.get().start() + 4, meta.get().end()); // a full box: version, flags
        Optional<Box> iprp = first(inMeta, "iprp");
        if (iprp.isEmpty()) return Optional.empty();
        List<Box> inIprp = children(b, iprp.get().start(), iprp.get().end());
        Optional<Box> ipco = first(inIprp, "ipco");
        if (ipco.isEmpty()) return Optional.empty();
        List<Box> properties = children(b, ipco.get().start(), ipco.get().end());

        List<Box> primary = new ArrayList<>();
        Optional<Box> pitm = first(inMeta, "pitm");
        Optional<Box> ipma = first(inIprp, "ipma");
        if (pitm.isPresent() && ipma.isPresent()) {
            long item = Bytes.u8(b, pitm.get().start()) == 0
                    ? Bytes.u16be(b, pitm.get().start() + 4)
                    : Bytes.u32be(b, pitm.get().start() + 4);
            for (int index : associations(b, ipma.get(), item)) {
                if (index >= 1 && index <= properties.size()) primary.add(properties.get(index - 1));
            }
        }
        if (primary.isEmpty()) primary = properties;

        Optional<Box> ispe = first(primary, "ispe");
        if (ispe.isEmpty()) return Optional.empty();
        long width = Bytes.u32be(b, ispe.get().start() + 4);
        long height = Bytes.u32be(b, ispe.get().start() + 8);
        if (ispe.get().start() + 12 > ispe.get().end()) return Optional.empty();
        boolean quarterTurn = first(primary, "irot").map(r -> (Bytes.u8(b, r.start()) & 1) == 1).orElse(false);
        return quarterTurn
                ? ImageHeader.sized(ImageFormat.AVIF, height, width)
                : ImageHeader.sized(ImageFormat.AVIF, width, height);
    }

    /** The 1-based {@code ipco} indices of the properties {@code ipma} associates with {@code item}. */
    private static List<Integer> associations(byte[] b, Box ipma, long item) {
        int version = Bytes.u8(b, ipma.start());
        boolean wide = (Bytes.u8(b, ipma.start() + 3) & 1) == 1; // flags bit 0: 15-bit indices
        long entries = Bytes.u32be(b, ipma.start() + 4);
        long at = ipma.start() + 8;
        for (long e = 0; e < entries && at < ipma.end(); e++) {
            long id = version < 1 ? Bytes.u16be(b, at) : Bytes.u32be(b, at);
            at += version < 1 ? 2 : 4;
            int count = Bytes.u8(b, at++);
            if (id < 0 || count < 0) break;
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int value = wide ? Bytes.u16be(b, at) : Bytes.u8(b, at);
                at += wide ? 2 : 1;
                if (value < 0 || at > ipma.end()) return List.of();
                indices.add(wide ? value & 0x7fff : value & 0x7f); // the top bit marks "essential"
            }
            if (id == item) return indices;
        }
        return List.of();
    }

    /** The boxes one after another between {@code start} and {@code end}; stops at one that does not fit. */
    private static List<Box> children(byte[] b, long start, long end) {
        List<Box> boxes = new ArrayList<>();
        long at = start;
        long limit = Math.min(end, b.length);
        while (at + 8 <= limit) {
            long size = Bytes.u32be(b, at);
            long header = 8;
            if (size == 1) {
                size = Bytes.u64be(b, at + 8);
                header = 16;
            } else if (size == 0) {
                size = limit - at; // to the end of the enclosing box
            }
            if (size < header || size > limit - at) break;
            boxes.add(new Box(new String(b, (int) at + 4, 4, StandardCharsets.ISO_8859_1), at + header, at + size));
            at += size;
        }
        return boxes;
    }

    private static Optional<Box> first(List<Box> boxes, String type) {
        return boxes.stream().filter(box -> box.type().equals(type)).findFirst();
    }
}
