package news.dateline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void shouldStoreASaltedSlowHashThatVerifiesOnlyTheRightPassword() {
        String stored = PasswordHasher.hash("correct horse battery staple");

        assertThat(stored).startsWith("pbkdf2-sha512$210000$").doesNotContain("correct horse");
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(210_000);
        assertThat(PasswordHasher.matches("correct horse battery staple", stored)).isTrue();
        assertThat(PasswordHasher.matches("correct horse battery stapler", stored)).isFalse();
        assertThat(PasswordHasher.hash("correct horse battery staple")).isNotEqualTo(stored);
    }

    @Test
    void shouldAskOnlyForLengthNotComposition() {
        assertThat(PasswordHasher.weak("short")).isTrue();
        assertThat(PasswordHasher.weak("alllowercaseletters")).isFalse();
        assertThat(PasswordHasher.weak("пароль из слов")).isFalse();
    }

    @Test
    void shouldNotMatchAMalformedStoredValue() {
        assertThat(PasswordHasher.matches("anything", "plain-text")).isFalse();
        assertThat(PasswordHasher.matches("anything", null)).isFalse();
    }
}
