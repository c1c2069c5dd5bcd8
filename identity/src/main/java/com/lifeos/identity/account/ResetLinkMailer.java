package com.lifeos.identity.account;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers password reset links. Sending happens off the request thread, so answering
 * {@code forgot-password} takes as long for an existing account as for an unknown email. Without an
 * SMTP server (no {@code spring.mail.host}, e.g. the embedded run) the link is logged instead — the
 * only place a reset token is ever written out besides the mail.
 */
@Component
class ResetLinkMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ResetLinkMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final LifeosMailProperties mail;
    private final LifeosWebProperties web;
    private final Duration validFor;
    private final SimpleAsyncTaskExecutor sending = new SimpleAsyncTaskExecutor("password-reset-mail-");

    ResetLinkMailer(ObjectProvider<JavaMailSender> mailSender, LifeosMailProperties mail, LifeosWebProperties web,
                    LifeosSecurityProperties security) {
        this.mailSender = mailSender;
        this.mail = mail;
        this.web = web;
        this.validFor = security.passwordResetTtl();
        sending.setVirtualThreads(true);
        sending.setTaskTerminationTimeout(10_000);
    }

    void send(UUID accountId, String email, String token) {
        String link = web.baseUrl() + "/reset-password?token=" + token;
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host), so the password reset link for account {} "
                    + "is logged instead of mailed: {}", accountId, link);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(email);
        message.setSubject("Reset your LifeOS password");
        message.setText("""
                Someone, hopefully you, asked to reset the password of your LifeOS account.

                To choose a new password, open this link within %s:

                %s

                If you did not ask for this, ignore this mail: your password stays as it is.
                """.formatted(humane(validFor), link));
        sending.execute(() -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not mail the password reset link for account {}: {}", accountId,
                        NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            }
        });
    }

    private static String humane(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    @Override
    public void destroy() {
        sending.close();
    }
}
