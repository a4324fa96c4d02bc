package io.gatehouse.bootstrap;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused bootstrap into Spring Boot's short "APPLICATION FAILED TO START" report, without a stack trace. */
class BootstrapFailureAnalyzer extends AbstractFailureAnalyzer<BootstrapRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BootstrapRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
