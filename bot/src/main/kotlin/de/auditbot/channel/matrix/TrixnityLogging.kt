package de.auditbot.channel.matrix

import de.connect2x.lognity.api.ansi.AnsiScope
import de.connect2x.lognity.api.backend.Backend
import de.connect2x.lognity.api.backend.NoopBackend
import de.connect2x.lognity.api.context.ContextSpec
import de.connect2x.lognity.api.logger.Level
import de.connect2x.lognity.api.logger.Logger
import de.connect2x.lognity.api.logger.NoopLogger
import de.connect2x.lognity.api.marker.Marker
import org.slf4j.LoggerFactory

/**
 * Sends Trixnity's own log (through its logging API, lognity, silent by default) to SLF4J, so that
 * its warnings about failing syncs and sends show up in the bot's log with everything else.
 * Installed before the first Trixnity class creates its logger.
 */
internal object TrixnityLogging : Backend by NoopBackend {

    fun install() {
        Backend.set(this)
    }

    override fun createLogger(name: String?, contextSpec: ContextSpec): Logger = Slf4jLogger(name)

    private class Slf4jLogger(name: String?) : Logger by NoopLogger {
        private val slf4j = LoggerFactory.getLogger(name ?: "de.connect2x.trixnity")

        override var level: Level
            get() = when {
                slf4j.isTraceEnabled -> Level.TRACE
                slf4j.isDebugEnabled -> Level.DEBUG
                slf4j.isInfoEnabled -> Level.INFO
                slf4j.isWarnEnabled -> Level.WARN
                else -> Level.ERROR
            }
            set(_) {}

        override var isEnabled: Boolean
            get() = true
            set(_) {}

        override fun log(level: Level, msg: AnsiScope.() -> Any) = write(level, msg)
        override fun log(marker: Marker?, level: Level, msg: AnsiScope.() -> Any) = write(level, msg)
        override fun trace(msg: AnsiScope.() -> Any) = write(Level.TRACE, msg)
        override fun debug(msg: AnsiScope.() -> Any) = write(Level.DEBUG, msg)
        override fun info(msg: AnsiScope.() -> Any) = write(Level.INFO, msg)
        override fun warn(msg: AnsiScope.() -> Any) = write(Level.WARN, msg)
        override fun error(msg: AnsiScope.() -> Any) = write(Level.ERROR, msg)
        override fun fatal(msg: AnsiScope.() -> Any) = write(Level.FATAL, msg)
        override fun trace(marker: Marker?, msg: AnsiScope.() -> Any) = write(Level.TRACE, msg)
        override fun debug(marker: Marker?, msg: AnsiScope.() -> Any) = write(Level.DEBUG, msg)
        override fun info(marker: Marker?, msg: AnsiScope.() -> Any) = write(Level.INFO, msg)
        override fun warn(marker: Marker?, msg: AnsiScope.() -> Any) = write(Level.WARN, msg)
        override fun error(marker: Marker?, msg: AnsiScope.() -> Any) = write(Level.ERROR, msg)
        override fun fatal(marker: Marker?, msg: AnsiScope.() -> Any) = write(Level.FATAL, msg)

        private fun write(level: Level, msg: AnsiScope.() -> Any) {
            when (level) {
                Level.TRACE -> if (slf4j.isTraceEnabled) slf4j.trace(text(msg))
                Level.DEBUG -> if (slf4j.isDebugEnabled) slf4j.debug(text(msg))
                Level.INFO -> if (slf4j.isInfoEnabled) slf4j.info(text(msg))
                Level.WARN -> if (slf4j.isWarnEnabled) slf4j.warn(text(msg))
                Level.ERROR, Level.FATAL -> if (slf4j.isErrorEnabled) slf4j.error(text(msg))
            }
        }

        private fun text(msg: AnsiScope.() -> Any): String = AnsiScope.msg().toString()
    }
}
