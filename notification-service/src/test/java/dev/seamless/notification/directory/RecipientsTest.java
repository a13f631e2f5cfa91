package dev.seamless.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.PersonRole;
import dev.seamless.notification.delivery.Recipient;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private final Recipients recipients = PeopleFixture.team()
            .with("sa-gone", "Former Architect", PersonRole.SA, "former@seamless.example").inactive("sa-gone")
            .with("ae-typo", "Typo Seller", PersonRole.AE, "typo.seamless.example")
            .recipients();

    @Test
    void anActivePersonResolvesToTheDirectoryAddress() {
        Recipient ae = recipients.person("AE", "ae-1");

        assertThat(ae.isResolved()).isTrue();
        assertThat(ae.email()).isEqualTo("alex@seamless.example");
        assertThat(ae.name()).isEqualTo("Alex Seller");
        assertThat(ae.key("acct-1")).isEqualTo("person:ae-1");
    }

    @Test
    void aPersonMissingFromTheDirectoryIsUnresolvedWithTheReason() {
        Recipient csm = recipients.person("CSM", "csm-unknown");

        assertThat(csm.isResolved()).isFalse();
        assertThat(csm.problem()).isEqualTo("CSM csm-unknown is not in the people directory (directory.people)");
        assertThat(csm.key("acct-1")).isEqualTo("person:csm-unknown");
    }

    @Test
    void anInactivePersonIsUnresolved() {
        assertThat(recipients.person("SA", "sa-gone").problem())
                .isEqualTo("SA sa-gone (Former Architect) is inactive in the people directory");
    }

    @Test
    void aPersonWithoutAValidAddressIsUnresolved() {
        assertThat(recipients.person("AE", "ae-typo").problem())
                .isEqualTo("AE ae-typo (Typo Seller) has no valid email address in the people directory");
    }

    @Test
    void noPersonNamedIsUnresolved() {
        assertThat(recipients.person("CSM", null).problem()).isEqualTo("no CSM is named");
        assertThat(recipients.person("CSM", " ").problem()).isEqualTo("no CSM is named");
    }

    @Test
    void aCustomerContactNeedsAValidAddress() {
        assertThat(Recipients.contact("Pat", "pat@acme.example", "n/a").isResolved()).isTrue();
        assertThat(Recipients.contact("Pat", " Pat@Acme.example ", "n/a").key("acct-1"))
                .isEqualTo("email:pat@acme.example");
        assertThat(Recipients.contact("Pat", null, "crm.accounts names no contact").problem())
                .isEqualTo("no customer contact email is known: crm.accounts names no contact");
        assertThat(Recipients.contact("Pat", "pat@acme", "n/a").problem())
                .isEqualTo("customer contact email 'pat@acme' is not a valid address");
        assertThat(Recipients.contact(null, null, "n/a").key("acct-1")).isEqualTo("contact-of:acct-1");
    }

    /** 254 characters is the longest address SMTP carries. */
    @Test
    void anAddressLongerThanSmtpCarriesIsNotValid() {
        String domain = "@acme.example";
        assertThat(Recipients.isAddress("p".repeat(254 - domain.length()) + domain)).isTrue();
        assertThat(Recipients.isAddress("p".repeat(255 - domain.length()) + domain)).isFalse();
    }
}
