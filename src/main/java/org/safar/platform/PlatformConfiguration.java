package org.safar.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every module reads time from, in Safar's zone (Asia/Tashkent unless configured). */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock(@Value("${safar.zone:Asia/Tashkent}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
