/**
 * The part of SDP (RFC 4566) that SIP offer/answer (RFC 3264) needs.
 *
 * <ul>
 *   <li>{@link org.siplab.sdp.SessionDescription} and its parts are the immutable model; {@link
 *       org.siplab.sdp.SdpParser} reads text leniently, returning problems as values with line
 *       numbers, and {@link org.siplab.sdp.SdpPrinter} writes it back with CRLF in canonical order;
 *   <li>{@link org.siplab.sdp.CodecRegistry} knows the static payload types and a few dynamic
 *       codecs;
 *   <li>{@link org.siplab.sdp.Offers}, {@link org.siplab.sdp.Answerer} and {@link
 *       org.siplab.sdp.MediaSession} do offer/answer, hold and resume, and the o= version rule;
 *   <li>{@link org.siplab.sdp.AddressRewriter} rewrites addresses and ports for a SIP ALG.
 * </ul>
 *
 * <p>This package depends on nothing outside the JDK.
 */
package org.siplab.sdp;
