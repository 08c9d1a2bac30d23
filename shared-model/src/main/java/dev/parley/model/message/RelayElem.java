package dev.parley.model.message;

import java.util.List;
import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMRelayElem} content: merged/forwarded messages. Seen in callbacks and history, seldom built by REST
 * senders; every field is optional and only type-checked. When the merged list exceeds 12 KB, clients send {@code
 * JsonMsgKey} instead of {@code MsgList}.
 *
 * @param title {@code Title}
 * @param msgNum {@code MsgNum}, number of merged messages
 * @param compatibleText {@code CompatibleText}, shown by clients that do not know the element
 * @param abstractList {@code AbstractList}, summary lines
 * @param msgList {@code MsgList}, the merged messages
 * @param jsonMsgKey {@code JsonMsgKey}, key of the uploaded list when it was too large to inline
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"Title", "MsgNum", "CompatibleText", "AbstractList", "MsgList", "JsonMsgKey"})
public record RelayElem(
        @JsonProperty("Title") String title,
        @JsonProperty("MsgNum") Long msgNum,
        @JsonProperty("CompatibleText") String compatibleText,
        @JsonProperty("AbstractList") List<String> abstractList,
        @JsonProperty("MsgList") List<@Valid RelayedMsg> msgList,
        @JsonProperty("JsonMsgKey") String jsonMsgKey)
        implements MsgContent {

    /** Keeps unmodifiable copies of the lists. */
    public RelayElem {
        abstractList = MsgJson.copy(abstractList);
        msgList = MsgJson.copy(msgList);
    }

    @Override
    public MsgType msgType() {
        return MsgType.RELAY;
    }

    /**
     * One merged message, an entry of {@code MsgList}. Its {@code MsgBody} is parsed with the same rules as a
     * top-level body, but may be empty (a recalled message).
     *
     * @param fromAccount {@code From_Account}
     * @param toAccount {@code To_Account}, for a one-to-one message
     * @param groupId {@code GroupId}, for a group message
     * @param msgSeq {@code MsgSeq}
     * @param msgRandom {@code MsgRandom}
     * @param msgTimeStamp {@code MsgTimeStamp}, Unix seconds
     * @param msgBody {@code MsgBody}
     * @param cloudCustomData {@code CloudCustomData}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({
        "From_Account",
        "To_Account",
        "GroupId",
        "MsgSeq",
        "MsgRandom",
        "MsgTimeStamp",
        "MsgBody",
        "CloudCustomData"
    })
    public record RelayedMsg(
            @JsonProperty("From_Account") String fromAccount,
            @JsonProperty("To_Account") String toAccount,
            @JsonProperty("GroupId") String groupId,
            @JsonProperty("MsgSeq") Long msgSeq,
            @JsonProperty("MsgRandom") Long msgRandom,
            @JsonProperty("MsgTimeStamp") Long msgTimeStamp,
            @JsonProperty("MsgBody") MsgBody msgBody,
            @JsonProperty("CloudCustomData") String cloudCustomData) {}
}
