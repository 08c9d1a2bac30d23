package dev.parley.relationship.domain;

import java.util.List;
import java.util.Map;

/**
 * One entry of a user's friend list.
 *
 * @param friendId the friend
 * @param remark Tag_SNS_IM_Remark
 * @param groups Tag_SNS_IM_Group
 * @param addSource Tag_SNS_IM_AddSource
 * @param addWording Tag_SNS_IM_AddWording
 * @param addTime Tag_SNS_IM_AddTime, epoch seconds
 * @param remarkTime Tag_SNS_IM_RemarkTime, epoch seconds
 * @param custom Tag_SNS_Custom_* values
 */
public record Friend(
        String friendId,
        String remark,
        List<String> groups,
        String addSource,
        String addWording,
        long addTime,
        long remarkTime,
        Map<String, String> custom) {}
