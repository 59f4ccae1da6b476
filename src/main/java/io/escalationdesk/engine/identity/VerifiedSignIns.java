package io.escalationdesk.engine.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Users and passwords the engine verified a moment ago, with their groups: every API request
 * signs in, and asking the engine costs two queries and a password hash each time. Kept under a
 * keyed hash with a key of this process's own, never as the password; for
 * {@link IdentityProperties#keepSignInsFor()}; all forgotten as soon as a command of this engine
 * changes a user (a new password), a group or a membership.
 */
@Component
class VerifiedSignIns extends AbstractProcessEnginePlugin {

    private static final Set<Class<?>> IDENTITY_CHANGES = Set.of(
            SaveUserCmd.class,
            DeleteUserCmd.class,
            SaveGroupCmd.class,
            DeleteGroupCmd.class,
            CreateMembershipCmd.class,
            DeleteMembershipCmd.class);

    record SignIn(byte[] passwordHash, List<String> groups) {}

    private final Cache<String, SignIn> signIns;
    private final SecretKeySpec key;

    VerifiedSignIns(IdentityProperties properties) {
        this.signIns = Caffeine.newBuilder()
                .expireAfterWrite(properties.keepSignInsFor())
                .maximumSize(100_000)
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        // before the transaction's interceptor: forgotten once the change is committed
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                try {
                    return next.execute(command);
                } finally {
                    if (IDENTITY_CHANGES.contains(command.getClass())) {
                        signIns.invalidateAll();
                    }
                }
            }
        });
    }

    /** The user's groups if the engine verified this very password a moment ago. */
    Optional<List<String>> groupsOf(String userId, String password) {
        SignIn signIn = signIns.getIfPresent(userId);
        if (signIn == null || !MessageDigest.isEqual(signIn.passwordHash(), hash(userId, password))) {
            return Optional.empty();
        }
        return Optional.of(signIn.groups());
    }

    void verified(String userId, String password, List<String> groups) {
        signIns.put(userId, new SignIn(hash(userId, password), List.copyOf(groups)));
    }

    /** A wrong password: the engine counts it, and may lock the user, for every later request. */
    void refused(String userId) {
        signIns.invalidate(userId);
    }

    private byte[] hash(String userId, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
