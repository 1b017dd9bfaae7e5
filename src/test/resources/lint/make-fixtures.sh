#!/bin/sh
# Writes the siplab lint test fixtures with exact bytes: CRLF line ends, one datagram a file.
# Run from this directory: sh make-fixtures.sh
set -eu

# Each argument is one line; the message ends with an empty line, then the body (if any) as given.
crlf() {
  for line in "$@"; do
    printf '%s\r\n' "$line"
  done
}

sdp='v=0
o=alice 2890844526 2890844526 IN IP4 pc33.atlanta.example.com
s=-
c=IN IP4 192.0.2.101
t=0 0
m=audio 49172 RTP/AVP 0
'
sdp_crlf=$(printf '%s' "$sdp" | sed 's/$/\r/')
sdp_bytes=$(printf '%s\n' "$sdp_crlf" | wc -c | tr -d ' ')

{
  crlf 'INVITE sip:bob@biloxi.example.com SIP/2.0' \
    'Via: SIP/2.0/UDP bigbox3.site3.atlanta.example.com:5060;branch=z9hG4bK77ef4c2312983.1;rport' \
    'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKnashds8;received=192.0.2.101;rport=5070' \
    'Max-Forwards: 69' \
    'To: Bob <sip:bob@biloxi.example.com>' \
    'From: Alice <sip:alice@atlanta.example.com>;tag=1928301774' \
    'Call-ID: a84b4c76e66710@pc33.atlanta.example.com' \
    'CSeq: 314159 INVITE' \
    'm: <sip:alice@pc33.atlanta.example.com>' \
    'X-Lab-Note: first call of the exercise' \
    'Content-Type: application/sdp' \
    "Content-Length: $sdp_bytes" \
    ''
  printf '%s\n' "$sdp_crlf"
} > invite.sip

crlf 'SIP/2.0 200 OK' \
  'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKnashds8' \
  'To: Bob <sip:bob@biloxi.example.com>;tag=a6c85cf' \
  'From: Alice <sip:alice@atlanta.example.com>;tag=1928301774' \
  'Call-ID: a84b4c76e66710@pc33.atlanta.example.com' \
  'CSeq: 314159 INVITE' \
  'Contact: <sip:bob@192.0.2.4>' \
  'Content-Length: 0' \
  '' > ok.sip

crlf 'OPTIONS sip:carol@chicago.example.com SIP/2.0' \
  'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKhjhs8ass877' \
  'To: <sip:carol@chicago.example.com>' \
  'From: Alice <sip:alice@atlanta.example.com>' \
  'Call-ID: a84b4c76e66710' \
  'CSeq: 63104 OPTIONS' \
  'Content-Length: 0' \
  '' > options-warnings.sip

crlf 'INVITE sip:bob@biloxi.example.com SIP/2.0' \
  'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKbad1' \
  'Max-Forwards: 7x' \
  'To: <sip:bob@biloxi.example.com>' \
  'From: <sip:alice@atlanta.example.com>;tag=88' \
  'Call-ID: bad1@pc33.atlanta.example.com' \
  'CSeq: 1 BYE' \
  'Content-Length: 0' \
  '' > invalid.sip

crlf 'HELLO sip:bob@biloxi.example.com' \
  'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKbad2' \
  '' > unreadable-start-line.sip
