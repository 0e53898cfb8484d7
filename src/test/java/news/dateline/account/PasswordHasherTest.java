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
    void shouldCheckADecoyAtTheCostOfOneRealCheckWithoutMatchingAnyPassword() {
        String real = PasswordHasher.hash("correct horse battery staple");
        long before = PasswordHasher.hashesComputed();
        String decoy = PasswordHasher.decoy();

        assertThat(PasswordHasher.hashesComputed()).as("making the decoy derives nothing").isEqualTo(before);
        assertThat(decoy.split("\\$")).hasSize(4);
        assertThat(decoy.split("\\$")[1]).as("same iteration count").isEqualTo(real.split("\\$")[1]);
        assertThat(decoy.split("\\$")[2]).as("same salt length").hasSameSizeAs(real.split("\\$")[2]);
        assertThat(decoy.split("\\$")[3]).as("same hash length").hasSameSizeAs(real.split("\\$")[3]);
        for (String password : new String[] {"", "correct horse battery staple", "decoy password"}) {
            long checks = PasswordHasher.hashesComputed();
            assertThat(PasswordHasher.matches(password, decoy)).isFalse();
            assertThat(PasswordHasher.hashesComputed()).as("one derivation, as for an account").isEqualTo(checks + 1);
        }
    }

    @Test
    void shouldNotMatchAMalformedStoredValue() {
        assertThat(PasswordHasher.matches("anything", "plain-text")).isFalse();
        assertThat(PasswordHasher.matches("anything", null)).isFalse();
    }
}
