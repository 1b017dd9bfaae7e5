package org.siplab.sdp;

/** The answerer's verdict on an offer. */
public sealed interface AnswerResult {

  /** The answer to send (in the 200 OK, or the ACK when the offer came in a 200). */
  record Accepted(SessionDescription answer) implements AnswerResult {}

  /**
   * No offered stream could be accepted. RFC 3261 section 13.3.1.3: a UAS rejecting an offer SHOULD
   * answer 488 (Not Acceptable Here) with a Warning header explaining why; RFC 3261 section 20.43
   * gives warning code 305 "Incompatible media format".
   *
   * @param explanation what was offered, what this side supports, stream by stream
   */
  record NoCommonCodec(String explanation) implements AnswerResult {

    public static final int STATUS_CODE = 488;
    public static final int WARNING_CODE = 305;
    public static final String RFC_SECTION = "RFC 3261 section 13.3.1.3";
  }
}
