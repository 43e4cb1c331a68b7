package com.pinfleet.domain.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.domain.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyUrlTest {

    @Test
    void reads_a_url_with_user_and_password() {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse("http://user7:s3cret@proxy.example.net:8080");

        assertThat(parsed).isEqualTo(Parsed.ok(new ProxyUrl("http", "proxy.example.net", 8080, "user7", "s3cret")));
    }

    @Test
    void reads_https_and_socks5_urls_with_the_scheme_in_lower_case() {
        assertThat(ProxyUrl.parse("HTTPS://proxy.example.net:443/"))
                .isEqualTo(Parsed.ok(new ProxyUrl("https", "proxy.example.net", 443, null, null)));
        assertThat(ProxyUrl.parse("socks5://u:p@192.0.2.7:1080"))
                .isEqualTo(Parsed.ok(new ProxyUrl("socks5", "192.0.2.7", 1080, "u", "p")));
        assertThat(ProxyUrl.parse("socks5h://[2001:db8::1]:1080"))
                .isEqualTo(Parsed.ok(new ProxyUrl("socks5h", "[2001:db8::1]", 1080, null, null)));
    }

    @Test
    void reads_a_url_with_a_user_and_no_password() {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse("http://user7@proxy.example.net:8080");

        assertThat(parsed).isEqualTo(Parsed.ok(new ProxyUrl("http", "proxy.example.net", 8080, "user7", null)));
    }

    @Test
    void refuses_a_password_without_a_user_rather_than_dropping_it() {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse("https://:s3cret@proxy.example.net:443");

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Rejected.class, rejected -> assertThat(rejected.reason())
                .contains("password but no user name").doesNotContain("s3cret"));
        assertThat(ProxyUrl.parse("https://:@proxy.example.net:443"))
                .isEqualTo(Parsed.ok(new ProxyUrl("https", "proxy.example.net", 443, null, null)));
    }

    @Test
    void reads_the_host_port_form_as_http() {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse(" proxy.example.net:3128 ");

        assertThat(parsed).isEqualTo(Parsed.ok(new ProxyUrl("http", "proxy.example.net", 3128, null, null)));
    }

    @Test
    void reads_the_host_port_user_password_form_of_proxy_lists() {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse("geo.example.net:12321:user7:pass:with:colons");

        assertThat(parsed)
                .isEqualTo(Parsed.ok(new ProxyUrl("http", "geo.example.net", 12321, "user7", "pass:with:colons")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://proxy.example.net:0", "proxy.example.net:65536", "proxy.example.net:99999"})
    void refuses_a_port_out_of_range(String raw) {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse(raw);

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("port").contains("out of range"));
    }

    @Test
    void accepts_the_highest_port() {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse("proxy.example.net:65535");

        assertThat(parsed).isEqualTo(Parsed.ok(new ProxyUrl("http", "proxy.example.net", 65535, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.net", "ftp://proxy.example.net:21", "http://user:s3cret@proxy.example.net",
        "just some words"})
    void refuses_what_is_not_a_proxy_address_without_repeating_it(String raw) {
        Parsed<ProxyUrl> parsed = ProxyUrl.parse(raw);

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Rejected.class, rejected -> assertThat(rejected.reason())
                .contains("not a proxy address").contains("host:port").doesNotContain("s3cret"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refuses_an_empty_proxy(String raw) {
        assertThat(ProxyUrl.parse(raw)).isEqualTo(Parsed.rejected("proxy is empty"));
    }

    @Test
    void masks_the_password_when_shown() {
        ProxyUrl proxy = ProxyUrl.parse("http://user7:s3cret@proxy.example.net:8080").orThrow("proxy");

        assertThat(proxy.masked()).isEqualTo("http://user7:****@proxy.example.net:8080");
        assertThat(proxy.toString()).isEqualTo(proxy.masked()).doesNotContain("s3cret");
    }

    @Test
    void masks_the_password_of_the_list_form_too() {
        ProxyUrl proxy = ProxyUrl.parse("geo.example.net:12321:user7:p4ssw0rd").orThrow("proxy");

        assertThat(proxy.masked()).isEqualTo("http://user7:****@geo.example.net:12321").doesNotContain("p4ssw0rd");
        assertThat(proxy.toString()).doesNotContain("p4ssw0rd");
    }

    @Test
    void shows_a_proxy_without_credentials_as_it_is() {
        assertThat(new ProxyUrl("socks5", "192.0.2.7", 1080, null, null).masked()).isEqualTo("socks5://192.0.2.7:1080");
        assertThat(new ProxyUrl("http", "proxy.example.net", 80, "user7", null).masked())
                .isEqualTo("http://user7@proxy.example.net:80");
    }

    @Test
    void gives_the_full_url_with_the_password_to_the_proxy_client() {
        ProxyUrl proxy = ProxyUrl.parse("geo.example.net:12321:user7:p4ssw0rd").orThrow("proxy");

        assertThat(proxy.toUrl()).isEqualTo("http://user7:p4ssw0rd@geo.example.net:12321");
    }

    @Test
    void cannot_be_built_with_a_port_out_of_range() {
        assertThatThrownBy(() -> new ProxyUrl("http", "proxy.example.net", 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProxyUrl("http", "proxy.example.net", 65_536, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
