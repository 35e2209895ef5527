<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttractLoop</name>
    <message>
        <location filename="../../kiosk/ui/attract.py" line="62"/>
        <location filename="../../kiosk/ui/attract.py" line="63"/>
        <source>Touch anywhere to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="94"/>
        <location filename="../../kiosk/ui/bottom_bar.py" line="221"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="95"/>
        <source>Goes back one step</source>
        <translation>Vuelve un paso atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="96"/>
        <location filename="../../kiosk/ui/bottom_bar.py" line="222"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="97"/>
        <source>Goes to the start screen</source>
        <translation>Va a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="99"/>
        <location filename="../../kiosk/ui/bottom_bar.py" line="215"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="100"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="102"/>
        <source>Switches to white text on black, for low vision</source>
        <translation>Cambia a letra blanca sobre fondo negro, para ver mejor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="104"/>
        <source>Opens the safety notice</source>
        <translation>Abre el aviso de seguridad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="118"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="118"/>
        <source>Pauses the reading</source>
        <translation>Detiene la lectura un momento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="119"/>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="119"/>
        <source>Goes on reading</source>
        <translation>Sigue leyendo en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="120"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="120"/>
        <source>Reads this screen out loud</source>
        <translation>Lee esta pantalla en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="131"/>
        <location filename="../../kiosk/ui/bottom_bar.py" line="132"/>
        <location filename="../../kiosk/ui/bottom_bar.py" line="214"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="133"/>
        <source>Reads this screen again from the start</source>
        <translation>Vuelve a leer esta pantalla desde el principio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="139"/>
        <location filename="../../kiosk/ui/bottom_bar.py" line="220"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="139"/>
        <location filename="../../kiosk/ui/bottom_bar.py" line="220"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="141"/>
        <source>Ends the walkthrough and goes to the start screen</source>
        <translation>Termina los pasos y va a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="143"/>
        <source>Goes to the next step</source>
        <translation>Va al paso siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bottom_bar.py" line="151"/>
        <source>Changes the language</source>
        <translation>Cambia el idioma</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="307"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="309"/>
        <source>Check what you learned</source>
        <translation>Repase lo que aprendió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="310"/>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="69"/>
        <source>Staff only: enter the PIN</source>
        <translation>Solo personal: escriba el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="71"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="71"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="122"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="132"/>
        <source>Too many wrong tries. Try again in {0} seconds.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo en {0} segundos.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../kiosk/ui/quiz_view.py" line="109"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_view.py" line="126"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_view.py" line="126"/>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_view.py" line="167"/>
        <source>right answer</source>
        <translation>respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_view.py" line="169"/>
        <source>your answer</source>
        <translation>su respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_view.py" line="182"/>
        <source>Yes, that&apos;s right!</source>
        <translation>¡Sí, correcto!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_view.py" line="186"/>
        <source>Not quite. The answer is: {0}.</source>
        <translation>No exactamente. La respuesta es: {0}.</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../../kiosk/ui/scrolling.py" line="71"/>
        <source>More below</source>
        <translation>Hay más abajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scrolling.py" line="72"/>
        <source>Shows the rest of this page</source>
        <translation>Muestra el resto de esta página</translation>
    </message>
</context>
<context>
    <name>StillReadingOverlay</name>
    <message>
        <location filename="../../kiosk/ui/still_reading.py" line="40"/>
        <source>Still reading?</source>
        <translation>¿Sigue leyendo?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/still_reading.py" line="41"/>
        <location filename="../../kiosk/ui/still_reading.py" line="42"/>
        <source>Keep reading</source>
        <translation>Seguir leyendo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/still_reading.py" line="43"/>
        <source>Stay on this page</source>
        <translation>Quedarse en esta página</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/still_reading.py" line="50"/>
        <source>This screen will start over in {0} seconds for the next person.</source>
        <translation>Esta pantalla volverá al inicio en {0} segundos para la siguiente persona.</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../../kiosk/ui/qr_code.py" line="80"/>
        <location filename="../../kiosk/ui/qr_code.py" line="99"/>
        <source>Scan to read this at home</source>
        <translation>Escanee para leerlo en casa</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <location filename="../../kiosk/ui/text_size_control.py" line="47"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text_size_control.py" line="48"/>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text_size_control.py" line="49"/>
        <source>Largest text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text_size_control.py" line="53"/>
        <source>Changes the size of the text</source>
        <translation>Cambia el tamaño de la letra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/text_size_control.py" line="54"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>WalkthroughView</name>
    <message>
        <location filename="../../kiosk/ui/walkthrough.py" line="133"/>
        <source>Check what you learned</source>
        <translation>Repase lo que aprendió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkthrough.py" line="134"/>
        <source>Three short questions; nothing is saved</source>
        <translation>Tres preguntas cortas; no se guarda nada</translation>
    </message>
</context>
</TS>
