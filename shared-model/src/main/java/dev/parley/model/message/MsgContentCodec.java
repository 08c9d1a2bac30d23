package dev.parley.model.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.parley.model.message.MsgJson.Kind;
import dev.parley.model.message.MsgJson.Node;

/**
 * Reads message elements from {@link MsgJson} trees into the typed model and writes typed content back as compact
 * JSON. Reading checks JSON types only ({@code Text} must be a string, {@code Index} an integer, ...); a JSON
 * {@code null} counts as absent. Required fields and allowed values are {@link MsgBodyValidator}'s business.
 */
final class MsgContentCodec {

    static final String MSG_TYPE = "MsgType";
    static final String MSG_CONTENT = "MsgContent";

    private MsgContentCodec() {}

    /** Reads the elements of a {@code MsgBody} array node; {@code path} names the array in reasons. */
    static List<MsgElement> readElements(Node array, String path) {
        List<MsgElement> out = new ArrayList<>(array.items.size());
        for (int i = 0; i < array.items.size(); i++) {
            out.add(readElement(array.items.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** Reads one element; {@code path} names it in reasons, e.g. {@code MsgBody[0]}. */
    static MsgElement readElement(Node n, String path) {
        if (n.kind != Kind.OBJECT) {
            throw new MsgBodyException(MsgBodyProblem.MALFORMED_ELEMENT, path + " is not an object");
        }
        Node type = n.member(MSG_TYPE);
        if (type == null || type.kind != Kind.STRING) {
            throw new MsgBodyException(MsgBodyProblem.MALFORMED_ELEMENT, path + ".MsgType is missing or not a string");
        }
        Node content = n.member(MSG_CONTENT);
        if (content == null || content.kind != Kind.OBJECT) {
            throw new MsgBodyException(
                    MsgBodyProblem.MALFORMED_ELEMENT, path + ".MsgContent is missing or not an object");
        }
        Optional<MsgType> msgType = MsgType.find(type.string);
        if (msgType.isEmpty()) {
            throw new MsgBodyException(MsgBodyProblem.UNKNOWN_MSG_TYPE, path + ".MsgType is not a known type");
        }
        Fields f = new Fields(content, path + ".MsgContent");
        MsgContent typed =
                switch (msgType.get()) {
                    case TEXT -> new TextElem(f.string("Text"));
                    case LOCATION -> new LocationElem(f.string("Desc"), f.number("Latitude"), f.number("Longitude"));
                    case FACE -> new FaceElem(f.integer("Index"), f.string("Data"));
                    case CUSTOM ->
                        new CustomElem(f.string("Data"), f.string("Desc"), f.string("Ext"), f.string("Sound"));
                    case SOUND ->
                        new SoundElem(
                                f.string("Url"),
                                f.string("UUID"),
                                f.integer("Size"),
                                f.integer("Second"),
                                f.flag("Download_Flag"));
                    case IMAGE -> readImage(f);
                    case FILE ->
                        new FileElem(
                                f.string("Url"),
                                f.string("UUID"),
                                f.integer("FileSize"),
                                f.string("FileName"),
                                f.flag("Download_Flag"));
                    case VIDEO_FILE ->
                        new VideoFileElem(
                                f.string("VideoUrl"),
                                f.string("VideoUUID"),
                                f.integer("VideoSize"),
                                f.integer("VideoSecond"),
                                f.string("VideoFormat"),
                                f.flag("VideoDownloadFlag"),
                                f.string("ThumbUrl"),
                                f.string("ThumbUUID"),
                                f.integer("ThumbSize"),
                                f.integer("ThumbWidth"),
                                f.integer("ThumbHeight"),
                                f.string("ThumbFormat"),
                                f.flag("ThumbDownloadFlag"));
                    case RELAY -> readRelay(f);
                };
        return new MsgElement(msgType.get(), typed, n.raw());
    }

    private static ImageElem readImage(Fields f) {
        List<ImageElem.ImageInfo> infos = null;
        List<Fields> items = f.objects("ImageInfoArray");
        if (items != null) {
            infos = new ArrayList<>(items.size());
            for (Fields i : items) {
                infos.add(new ImageElem.ImageInfo(
                        i.flag("Type"), i.integer("Size"), i.integer("Width"), i.integer("Height"), i.string("URL")));
            }
        }
        return new ImageElem(f.string("UUID"), f.flag("ImageFormat"), infos);
    }

    private static RelayElem readRelay(Fields f) {
        List<RelayElem.RelayedMsg> msgs = null;
        List<Fields> items = f.objects("MsgList");
        if (items != null) {
            msgs = new ArrayList<>(items.size());
            for (Fields m : items) {
                msgs.add(new RelayElem.RelayedMsg(
                        m.string("From_Account"),
                        m.string("To_Account"),
                        m.string("GroupId"),
                        m.integer("MsgSeq"),
                        m.integer("MsgRandom"),
                        m.integer("MsgTimeStamp"),
                        m.body("MsgBody"),
                        m.string("CloudCustomData")));
            }
        }
        return new RelayElem(
                f.string("Title"),
                f.integer("MsgNum"),
                f.string("CompatibleText"),
                f.strings("AbstractList"),
                msgs,
                f.string("JsonMsgKey"));
    }

    /** Typed access to the members of one object node, with the object's path for reasons. */
    private static final class Fields {
        private final Node node;
        private final String path;

        Fields(Node node, String path) {
            this.node = node;
            this.path = path;
        }

        private Node get(String name) {
            Node v = node.member(name);
            return v == null || v.kind == Kind.NULL ? null : v;
        }

        private MsgBodyException invalid(String name, String what) {
            return new MsgBodyException(MsgBodyProblem.INVALID_FIELD, path + "." + name + " must be " + what);
        }

        String string(String name) {
            Node v = get(name);
            if (v == null) {
                return null;
            }
            if (v.kind != Kind.STRING) {
                throw invalid(name, "a string");
            }
            return v.string;
        }

        Long integer(String name) {
            Node v = get(name);
            if (v == null) {
                return null;
            }
            Long l = v.longValue();
            if (l == null) {
                throw invalid(name, "an integer");
            }
            return l;
        }

        Integer flag(String name) {
            Long l = integer(name);
            if (l == null) {
                return null;
            }
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw invalid(name, "a 32-bit integer");
            }
            return l.intValue();
        }

        Double number(String name) {
            Node v = get(name);
            if (v == null) {
                return null;
            }
            if (v.kind != Kind.NUMBER) {
                throw invalid(name, "a number");
            }
            double d = v.doubleValue();
            if (Double.isInfinite(d)) {
                throw invalid(name, "a finite number");
            }
            return d;
        }

        List<String> strings(String name) {
            Node v = get(name);
            if (v == null) {
                return null;
            }
            if (v.kind != Kind.ARRAY) {
                throw invalid(name, "an array of strings");
            }
            List<String> out = new ArrayList<>(v.items.size());
            for (Node item : v.items) {
                if (item.kind != Kind.STRING) {
                    throw invalid(name, "an array of strings");
                }
                out.add(item.string);
            }
            return out;
        }

        List<Fields> objects(String name) {
            Node v = get(name);
            if (v == null) {
                return null;
            }
            if (v.kind != Kind.ARRAY) {
                throw invalid(name, "an array of objects");
            }
            List<Fields> out = new ArrayList<>(v.items.size());
            for (int i = 0; i < v.items.size(); i++) {
                Node item = v.items.get(i);
                if (item.kind != Kind.OBJECT) {
                    throw invalid(name, "an array of objects");
                }
                out.add(new Fields(item, path + "." + name + "[" + i + "]"));
            }
            return out;
        }

        MsgBody body(String name) {
            Node v = get(name);
            if (v == null) {
                return null;
            }
            if (v.kind != Kind.ARRAY) {
                throw invalid(name, "an array");
            }
            return new MsgBody(readElements(v, path + "." + name), v.raw());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing

    /** Writes {@code {"MsgType":...,"MsgContent":{...}}} for {@code content}, fields in §4.1 order, nulls omitted. */
    static String writeElement(MsgContent content) {
        StringBuilder sb = new StringBuilder(64);
        MsgJson.ObjectWriter w = new MsgJson.ObjectWriter(sb);
        w.string(MSG_TYPE, content.msgType().wireName());
        StringBuilder c = new StringBuilder(64);
        writeContent(c, content);
        w.raw(MSG_CONTENT, c.toString());
        w.end();
        return sb.toString();
    }

    private static void writeContent(StringBuilder sb, MsgContent content) {
        MsgJson.ObjectWriter w = new MsgJson.ObjectWriter(sb);
        if (content instanceof TextElem t) {
            w.string("Text", t.text());
        } else if (content instanceof LocationElem l) {
            w.string("Desc", l.desc()).number("Latitude", l.latitude()).number("Longitude", l.longitude());
        } else if (content instanceof FaceElem f) {
            w.number("Index", f.index()).string("Data", f.data());
        } else if (content instanceof CustomElem c) {
            w.string("Data", c.data())
                    .string("Desc", c.desc())
                    .string("Ext", c.ext())
                    .string("Sound", c.sound());
        } else if (content instanceof SoundElem s) {
            w.string("Url", s.url())
                    .string("UUID", s.uuid())
                    .number("Size", s.size())
                    .number("Second", s.second())
                    .number("Download_Flag", s.downloadFlag());
        } else if (content instanceof ImageElem i) {
            w.string("UUID", i.uuid()).number("ImageFormat", i.imageFormat());
            if (i.imageInfoArray() != null) {
                StringBuilder a = new StringBuilder("[");
                for (int k = 0; k < i.imageInfoArray().size(); k++) {
                    ImageElem.ImageInfo info = i.imageInfoArray().get(k);
                    if (k > 0) {
                        a.append(',');
                    }
                    if (info == null) {
                        a.append("null");
                        continue;
                    }
                    new MsgJson.ObjectWriter(a)
                            .number("Type", info.type())
                            .number("Size", info.size())
                            .number("Width", info.width())
                            .number("Height", info.height())
                            .string("URL", info.url())
                            .end();
                }
                w.raw("ImageInfoArray", a.append(']').toString());
            }
        } else if (content instanceof FileElem f) {
            w.string("Url", f.url())
                    .string("UUID", f.uuid())
                    .number("FileSize", f.fileSize())
                    .string("FileName", f.fileName())
                    .number("Download_Flag", f.downloadFlag());
        } else if (content instanceof VideoFileElem v) {
            w.string("VideoUrl", v.videoUrl())
                    .string("VideoUUID", v.videoUuid())
                    .number("VideoSize", v.videoSize())
                    .number("VideoSecond", v.videoSecond())
                    .string("VideoFormat", v.videoFormat())
                    .number("VideoDownloadFlag", v.videoDownloadFlag())
                    .string("ThumbUrl", v.thumbUrl())
                    .string("ThumbUUID", v.thumbUuid())
                    .number("ThumbSize", v.thumbSize())
                    .number("ThumbWidth", v.thumbWidth())
                    .number("ThumbHeight", v.thumbHeight())
                    .string("ThumbFormat", v.thumbFormat())
                    .number("ThumbDownloadFlag", v.thumbDownloadFlag());
        } else if (content instanceof RelayElem r) {
            w.string("Title", r.title())
                    .number("MsgNum", r.msgNum())
                    .string("CompatibleText", r.compatibleText())
                    .strings("AbstractList", r.abstractList());
            if (r.msgList() != null) {
                StringBuilder a = new StringBuilder("[");
                for (int k = 0; k < r.msgList().size(); k++) {
                    RelayElem.RelayedMsg m = r.msgList().get(k);
                    if (k > 0) {
                        a.append(',');
                    }
                    if (m == null) {
                        a.append("null");
                        continue;
                    }
                    new MsgJson.ObjectWriter(a)
                            .string("From_Account", m.fromAccount())
                            .string("To_Account", m.toAccount())
                            .string("GroupId", m.groupId())
                            .number("MsgSeq", m.msgSeq())
                            .number("MsgRandom", m.msgRandom())
                            .number("MsgTimeStamp", m.msgTimeStamp())
                            .raw(
                                    "MsgBody",
                                    m.msgBody() == null ? null : m.msgBody().json())
                            .string("CloudCustomData", m.cloudCustomData())
                            .end();
                }
                w.raw("MsgList", a.append(']').toString());
            }
            w.string("JsonMsgKey", r.jsonMsgKey());
        }
        w.end();
    }
}
