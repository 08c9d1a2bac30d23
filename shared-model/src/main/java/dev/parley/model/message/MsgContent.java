package dev.parley.model.message;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The typed {@code MsgContent} of one message element (§4.1). Each implementation is a record whose Jackson
 * property names are Tencent's, so it binds and serializes the documented JSON; fields a REST sender must fill carry
 * Bean Validation constraints that agree with {@link MsgBodyValidator}. Optional fields are null when absent. The
 * typed view drops fields it does not know; the exact JSON stays in {@link MsgElement#json()}.
 */
public sealed interface MsgContent
        permits TextElem, LocationElem, FaceElem, CustomElem, SoundElem, ImageElem, FileElem, VideoFileElem, RelayElem {

    /** The {@code MsgType} this content belongs to. */
    @JsonIgnore
    MsgType msgType();
}
