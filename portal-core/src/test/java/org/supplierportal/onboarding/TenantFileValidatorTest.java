package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenancy.Role;

class TenantFileValidatorTest {

    private static final String VALID = """
            key: acme-metals
            name: Acme Metals
            erpPartyCodes: [SUP-1001]
            contact: {name: Anna Berg, email: anna@acme.example, phone: "+46 31 555"}
            tolerances: {quantityOverPercent: 5, dateLateDays: 2}
            users:
              - {username: acme.anna, name: Anna Berg, email: anna@acme.example, role: SUPPLIER_USER, password: demo123}
              - {username: acme.admin, name: Arvid Ek, role: supplier_admin, password: demo123}
            """;

    @Test
    void acceptsACompleteFileAndMapsItToDefinitions() {
        TenantFileValidator.Result result = validate(Map.of("tenants/acme.yaml", VALID));

        assertThat(result.problems()).isEmpty();
        ValidTenantFile file = result.files().getFirst();
        assertThat(file.tenant().key()).isEqualTo("acme-metals");
        assertThat(file.tenant().erpPartyCodes()).containsExactly("SUP-1001");
        assertThat(file.tenant().tolerances().quantityOverPercent()).isEqualByComparingTo("5");
        assertThat(file.users()).extracting(ValidTenantFile.FileUser::role)
                .containsExactly(Role.SUPPLIER_USER, Role.SUPPLIER_ADMIN);
    }

    @Test
    void namesTheFileTheFieldAndWhatIsWrong() {
        String broken = VALID.replace("role: SUPPLIER_USER", "role: SUPPLER_USER")
                .replace("key: acme-metals", "key: Acme Metals")
                .replace("quantityOverPercent: 5", "quantityOverPercent: 120")
                .replace("email: anna@acme.example, phone", "email: not-an-address, phone");

        List<String> problems = validate(Map.of("tenants/acme.yaml", broken)).problems().stream()
                .map(TenantFileProblem::toString).toList();

        assertThat(problems).containsExactlyInAnyOrder(
                "tenants/acme.yaml: key: 'Acme Metals' is not a valid key; use lower-case letters, digits and dashes, e.g. acme-metals",
                "tenants/acme.yaml: contact.email: 'not-an-address' is not an e-mail address",
                "tenants/acme.yaml: tolerances.quantityOverPercent: must be a percentage between 0 and 100, not 120",
                "tenants/acme.yaml: users[0].role: 'SUPPLER_USER' is not a role; use SUPPLIER_USER or SUPPLIER_ADMIN");
    }

    @Test
    void refusesCrossTenantRolesInATenantFile() {
        String buyerInFile = VALID.replace("role: supplier_admin", "role: BUYER");

        assertThat(validate(Map.of("tenants/acme.yaml", buyerInFile)).problems())
                .extracting(TenantFileProblem::field).containsExactly("users[1].role");
    }

    @Test
    void requiresKeyNameAndUsernamesAndRefusesShortPasswords() {
        String sparse = """
                users:
                  - {name: Someone, role: SUPPLIER_USER, password: abc}
                """;

        assertThat(validate(Map.of("tenants/x.yaml", sparse)).problems())
                .extracting(TenantFileProblem::field)
                .containsExactlyInAnyOrder("key", "name", "users[0].username", "users[0].password");
    }

    @Test
    void refusesTheSameKeyPartyCodeOrUsernameInTwoFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tenants/a.yaml", VALID);
        files.put("tenants/b.yaml", VALID.replace("name: Acme Metals", "name: Acme Copy"));

        List<String> problems = validate(files).problems().stream().map(TenantFileProblem::toString).toList();

        assertThat(problems).contains(
                "tenants/b.yaml: key: the key 'acme-metals' is already used by tenants/a.yaml",
                "tenants/b.yaml: erpPartyCodes[0]: the ERP party code 'SUP-1001' already belongs to the supplier in tenants/a.yaml",
                "tenants/b.yaml: users[0].username: the username 'acme.anna' is already used in tenants/a.yaml");
        assertThat(validate(files).files()).as("nothing is applied when any file is wrong").isEmpty();
    }

    @Test
    void refusesAUsernameTakenByTheConfiguredDemoUsers() {
        String clash = VALID.replace("username: acme.admin", "username: Buyer");

        assertThat(TenantFileValidator.validateAll(Map.of("tenants/acme.yaml", TenantFileReader.parse(clash)), Set.of("buyer"))
                .problems()).extracting(TenantFileProblem::toString)
                .containsExactly("tenants/acme.yaml: users[1].username: the username 'buyer' is already used in the portal configuration (portal.demo.users)");
    }

    @Test
    void aUserWithoutPasswordIsValidAndKeepsOrAwaitsTheirOwn() {
        String withoutPassword = VALID.replace("role: supplier_admin, password: demo123", "role: supplier_admin");

        TenantFileValidator.Result result = validate(Map.of("tenants/acme.yaml", withoutPassword));

        assertThat(result.problems()).isEmpty();
        assertThat(result.files().getFirst().users().get(1).password()).isNull();
    }

    @Test
    void readsAddressAndShippingRulesAndRefusesBadCountriesAndPrefixes() {
        String full = VALID + """
                address: {street: Hamngatan 1, postalCode: "411 06", city: Gothenburg, country: se}
                shipping:
                  shipFrom: {city: Borås, country: SE}
                  gs1CompanyPrefix: "0614141"
                  shipBeforeAcknowledgment: true
                  defaultCarrier: DHL Freight
                """;
        ValidTenantFile file = validate(Map.of("tenants/acme.yaml", full)).files().getFirst();
        assertThat(file.tenant().address().countryCode()).isEqualTo("SE");
        assertThat(file.tenant().shipping().gs1CompanyPrefix()).isEqualTo("0614141");
        assertThat(file.tenant().shipping().shipBeforeAcknowledgment()).isTrue();
        assertThat(file.tenant().shipping().shipFrom().city()).isEqualTo("Borås");

        String broken = full.replace("country: se", "country: XX").replace("\"0614141\"", "61414");
        assertThat(validate(Map.of("tenants/acme.yaml", broken)).problems())
                .extracting(TenantFileProblem::field)
                .containsExactlyInAnyOrder("address.country", "shipping.gs1CompanyPrefix");
    }

    @Test
    void readsAnX12ChannelOverSftpAndRefusesWhatItLacks() {
        String onX12 = VALID + """
                b2b:
                  channel: x12
                  version: "004010"
                  isaQualifier: ZZ
                  isaId: "1556150"
                  gsCode: "1556150"
                  transport: SFTP
                  documents: [PURCHASE_ORDERS, ORDER_ACKNOWLEDGMENTS, SHIP_NOTICES]
                  sftpPassword: a-long-enough-secret
                """;
        TenantFileValidator.Result result = validate(Map.of("tenants/acme.yaml", onX12));

        assertThat(result.problems()).isEmpty();
        org.supplierportal.tenant.ChannelSettings channel = result.files().getFirst().channel();
        assertThat(channel.channel()).isEqualTo(org.supplierportal.tenant.B2bChannel.X12);
        assertThat(channel.isaId()).isEqualTo("1556150");
        assertThat(channel.sftpPassword()).isEqualTo("a-long-enough-secret");
        assertThat(channel.exchanges(org.supplierportal.tenant.B2bDocument.SHIP_NOTICES)).isTrue();

        String lacking = VALID + """
                b2b: {channel: X12, version: "005010", isaQualifier: ZZ, transport: SFTP, documents: [INVOICES]}
                """;
        assertThat(validate(Map.of("tenants/acme.yaml", lacking)).problems()).extracting(TenantFileProblem::field)
                .containsExactly("b2b.documents[0]");
        String incomplete = VALID + """
                b2b: {channel: X12, version: "003050", isaQualifier: ZZ, transport: SFTP, documents: [PURCHASE_ORDERS]}
                """;
        assertThat(validate(Map.of("tenants/acme.yaml", incomplete)).problems()).extracting(TenantFileProblem::field)
                .containsExactly("b2b.version", "b2b.isaId", "b2b.gsCode", "b2b.sftpPublicKey");
        assertThat(validate(Map.of("tenants/acme.yaml", VALID)).files().getFirst().channel())
                .isEqualTo(org.supplierportal.tenant.ChannelSettings.PORTAL_ONLY);
    }

    @Test
    void readsAnEdifactChannelWithItsUnbSenderAndRefusesWhatItLacks() {
        String onEdifact = VALID + """
                b2b:
                  channel: EDIFACT
                  version: D96A
                  unbQualifier: "14"
                  unbId: "8712199999999"
                  transport: SFTP
                  documents: [PURCHASE_ORDERS, ORDER_ACKNOWLEDGMENTS]
                  sftpPassword: a-long-enough-secret
                """;
        TenantFileValidator.Result result = validate(Map.of("tenants/acme.yaml", onEdifact));

        assertThat(result.problems()).isEmpty();
        org.supplierportal.tenant.ChannelSettings channel = result.files().getFirst().channel();
        assertThat(channel.isEdifact()).isTrue();
        assertThat(channel.version()).isEqualTo("D96A");
        assertThat(channel.isaQualifier()).isEqualTo("14");
        assertThat(channel.isaId()).isEqualTo("8712199999999");

        String incomplete = VALID + """
                b2b: {channel: EDIFACT, version: D97B, unbQualifier: "14+", transport: SFTP, documents: [PURCHASE_ORDERS],
                      sftpPassword: a-long-enough-secret}
                """;
        assertThat(validate(Map.of("tenants/acme.yaml", incomplete)).problems()).extracting(TenantFileProblem::field,
                TenantFileProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b2b.version", "'D97B' is not an EDIFACT directory the portal takes; use D96A or D01B"),
                org.assertj.core.groups.Tuple.tuple("b2b.unbQualifier", "give the partner's UNB code qualifier: up to 4 letters or digits, e.g. 14 (GLN) or ZZZ"),
                org.assertj.core.groups.Tuple.tuple("b2b.unbId", "give the partner's UNB sender identification: up to 35 letters, digits, spaces, dots, dashes or slashes, e.g. its GLN"));
    }

    @Test
    void readsAnX12ChannelOverAs2AndRefusesWhatItLacks() {
        String onAs2 = VALID + """
                b2b:
                  channel: X12
                  version: "004010"
                  isaQualifier: ZZ
                  isaId: "1556150"
                  gsCode: "1556150"
                  transport: AS2
                  documents: [PURCHASE_ORDERS, ORDER_ACKNOWLEDGMENTS]
                  as2:
                    partnerId: ACME-AS2
                    url: https://edi.acme.example/as2
                    certificate: |
                      -----BEGIN CERTIFICATE-----
                      MIIBfDCCASOgAwIBAgIUba0uoayfknMq+5TrrRqKY3LllDYwCgYIKoZIzj0EAwIw
                      EzERMA8GA1UEAwwIQUNNRS1BUzIwIBcNMjYxMjAxMDYxMzA0WhgPMjEyNjExMDcw
                      NjEzMDRaMBMxETAPBgNVBAMMCEFDTUUtQVMyMFkwEwYHKoZIzj0CAQYIKoZIzj0D
                      AQcDQgAEsSNUHS1fhMKPz/jWL/Uv3TjHss7AZMGhK4QSh/765sHAGB/H2Qz0m7Kh
                      JgJKSsiumwm/tRsJ+7r8k85ghp4B9qNTMFEwHQYDVR0OBBYEFO+4SNO5kNYd01qT
                      AilPvUunkJFGMB8GA1UdIwQYMBaAFO+4SNO5kNYd01qTAilPvUunkJFGMA8GA1Ud
                      EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgXDudfbxxaZP0SyzL5lXBddV0
                      tAiHFLjVAufZLyCCjJICICbtHej1/eIprZhmaKvukjs5apRK1OWugFyLunzXd4u+
                      -----END CERTIFICATE-----
                """;
        TenantFileValidator.Result result = validate(Map.of("tenants/acme.yaml", onAs2));

        assertThat(result.problems()).isEmpty();
        org.supplierportal.tenant.As2Settings as2 = result.files().getFirst().channel().as2();
        assertThat(as2.partnerId()).isEqualTo("ACME-AS2");
        assertThat(as2.partnerCertificate().getSubjectX500Principal().getName()).isEqualTo("CN=ACME-AS2");
        assertThat(as2.signedMdn()).as("signed MDNs unless the file says otherwise").isTrue();
        assertThat(as2.asyncMdn()).as("synchronous MDNs unless the file says otherwise").isFalse();
        String asyncMdn = onAs2.replace("url: https://edi.acme.example/as2\n",
                "url: https://edi.acme.example/as2\n" + " ".repeat(onAs2.lines().filter(line -> line.contains("url: https://edi"))
                        .findFirst().orElseThrow().indexOf("url")) + "asyncMdn: true\n");
        TenantFileValidator.Result asking = validate(Map.of("tenants/acme.yaml", asyncMdn));
        assertThat(asking.problems()).isEmpty();
        assertThat(asking.files().getFirst().channel().as2().asyncMdn()).as("asks the partner for asynchronous MDNs").isTrue();

        String lacking = VALID + """
                b2b: {channel: X12, version: "004010", isaQualifier: ZZ, isaId: "1556150", gsCode: "1556150", transport: AS2,
                      documents: [PURCHASE_ORDERS], as2: {partnerId: "ACME AS2", url: "ftp://x", certificate: "not a certificate",
                      asyncMdn: true}}
                """;
        assertThat(validate(Map.of("tenants/acme.yaml", lacking)).problems()).extracting(TenantFileProblem::field)
                .containsExactly("b2b.as2.partnerId", "b2b.as2.url", "b2b.as2.certificate");
    }

    @Test
    void readsACxmlChannelOverHttpsAndRefusesWhatItLacks() {
        String onCxml = VALID + """
                b2b:
                  channel: CXML
                  version: "1.2"
                  transport: HTTPS
                  documents: [PURCHASE_ORDERS, ORDER_ACKNOWLEDGMENTS, SHIP_NOTICES]
                  cxml:
                    from: {domain: NetworkId, identity: AN01000000123}
                    to: {domain: NetworkId, identity: AN01000000123}
                    sender: {domain: NetworkId, identity: AN01000000123}
                    sharedSecret: a-long-shared-secret
                    orderUrl: https://orders.acme.example/cxml
                """;
        TenantFileValidator.Result result = validate(Map.of("tenants/acme.yaml", onCxml));

        assertThat(result.problems()).isEmpty();
        org.supplierportal.tenant.ChannelSettings channel = result.files().getFirst().channel();
        assertThat(channel.isCxml()).isTrue();
        assertThat(channel.cxml().sender()).isEqualTo(new org.supplierportal.tenant.CxmlCredential("NetworkId", "AN01000000123"));
        assertThat(channel.cxml().sharedSecret()).isEqualTo("a-long-shared-secret");
        assertThat(channel.cxml().orderUrl()).isEqualTo("https://orders.acme.example/cxml");
        assertThat(channel.exchanges(org.supplierportal.tenant.B2bDocument.SHIP_NOTICES)).isTrue();

        String lacking = VALID + """
                b2b: {channel: CXML, version: "1.2", transport: SFTP, documents: [PURCHASE_ORDERS],
                      cxml: {from: {domain: NetworkId}, sharedSecret: short, orderUrl: "ftp://x"}}
                """;
        assertThat(validate(Map.of("tenants/acme.yaml", lacking)).problems()).extracting(TenantFileProblem::field)
                .containsExactly("b2b.cxml.from", "b2b.cxml.to", "b2b.cxml.sender", "b2b.cxml.sharedSecret",
                        "b2b.cxml.orderUrl", "b2b.transport");
    }

    @Test
    void refusesAnEmptyFile() {
        Map<String, TenantFile> files = new LinkedHashMap<>();
        files.put("tenants/empty.yaml", null);

        assertThat(TenantFileValidator.validateAll(files, Set.of()).problems())
                .extracting(TenantFileProblem::message).singleElement().asString().contains("the file is empty");
    }

    private static TenantFileValidator.Result validate(Map<String, String> yamlByFile) {
        Map<String, TenantFile> files = new LinkedHashMap<>();
        yamlByFile.forEach((name, yaml) -> files.put(name, TenantFileReader.parse(yaml)));
        return TenantFileValidator.validateAll(files, Set.of());
    }
}
