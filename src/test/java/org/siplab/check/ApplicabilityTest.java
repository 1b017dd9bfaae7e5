package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RFC 3261 Tables 2 and 3, as HDR-001 reads them")
class ApplicabilityTest {

  @Test
  @DisplayName("a field marked - for a method must not be in its requests; o, m, c or * may be")
  void requests() {
    assertNotNull(Applicability.forbiddenInRequest("Contact", "BYE"));
    assertNotNull(Applicability.forbiddenInRequest("contact", "CANCEL"), "names ignore case");
    assertNotNull(Applicability.forbiddenInRequest("Supported", "ACK"));
    assertNotNull(Applicability.forbiddenInRequest("Record-Route", "REGISTER"));
    assertNotNull(Applicability.forbiddenInRequest("Content-Type", "CANCEL"));
    assertNull(Applicability.forbiddenInRequest("Contact", "ACK"), "Contact R: ACK o");
    assertNull(Applicability.forbiddenInRequest("Expires", "REGISTER"));
    assertNull(Applicability.forbiddenInRequest("Subject", "INVITE"));
    assertNull(Applicability.forbiddenInRequest("Subject", "MESSAGE"), "no column, no verdict");
    assertNull(Applicability.forbiddenInRequest("X-Custom", "BYE"), "not in the tables");
    assertNull(Applicability.forbiddenInRequest("Warning", "BYE"), "Warning is for responses");
  }

  @Test
  @DisplayName("a response is judged by the rows of its status and of all responses, under its"
      + " CSeq method")
  void responses() {
    assertEquals("2xx", Applicability.forbiddenInResponse("Contact", 200, "BYE").where());
    assertEquals("1xx", Applicability.forbiddenInResponse("Contact", 180, "OPTIONS").where());
    assertNull(Applicability.forbiddenInResponse("Contact", 302, "BYE"), "Contact 3xx: BYE o");
    assertNull(Applicability.forbiddenInResponse("Contact", 486, "BYE"), "no row for 486");
    assertNotNull(Applicability.forbiddenInResponse("Allow", 405, "CANCEL"), "Allow r and 405");
    assertEquals("2xx,18x",
        Applicability.forbiddenInResponse("Record-Route", 183, "REGISTER").where());
    assertEquals("423", Applicability.forbiddenInResponse("Min-Expires", 423, "INVITE").where());
    assertNull(Applicability.forbiddenInResponse("Min-Expires", 423, "REGISTER"));
    assertEquals("", Applicability.forbiddenInResponse("Expires", 200, "OPTIONS").where());
    assertNull(Applicability.forbiddenInResponse("Expires", 200, "INVITE"));
  }
}
