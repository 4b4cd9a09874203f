	.text
	.intel_syntax noprefix
	.file	"strings.c"
	.globl	my_strlen                       # -- Begin function my_strlen
	.p2align	4, 0x90
	.type	my_strlen,@function
my_strlen:                              # @my_strlen
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 16], rax
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	cmp	byte ptr [rax], 0
	je	.LBB0_3
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB0_1
.LBB0_3:
	mov	rax, qword ptr [rbp - 16]
	mov	rcx, qword ptr [rbp - 8]
	sub	rax, rcx
	pop	rbp
	ret
.Lfunc_end0:
	.size	my_strlen, .Lfunc_end0-my_strlen
                                        # -- End function
	.globl	my_strcmp                       # -- Begin function my_strcmp
	.p2align	4, 0x90
	.type	my_strcmp,@function
my_strcmp:                              # @my_strcmp
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
.LBB1_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	ecx, byte ptr [rax]
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	ecx, 0
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
	je	.LBB1_3
# %bb.2:                                #   in Loop: Header=BB1_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	mov	rcx, qword ptr [rbp - 16]
	movsx	ecx, byte ptr [rcx]
	cmp	eax, ecx
	sete	al
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
.LBB1_3:                                #   in Loop: Header=BB1_1 Depth=1
	mov	al, byte ptr [rbp - 17]         # 1-byte Reload
	test	al, 1
	jne	.LBB1_4
	jmp	.LBB1_5
.LBB1_4:                                #   in Loop: Header=BB1_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB1_1
.LBB1_5:
	mov	rax, qword ptr [rbp - 8]
	movzx	eax, byte ptr [rax]
	mov	rcx, qword ptr [rbp - 16]
	movzx	ecx, byte ptr [rcx]
	sub	eax, ecx
	pop	rbp
	ret
.Lfunc_end1:
	.size	my_strcmp, .Lfunc_end1-my_strcmp
                                        # -- End function
	.globl	index_of                        # -- Begin function index_of
	.p2align	4, 0x90
	.type	index_of,@function
index_of:                               # @index_of
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], esi
	mov	dword ptr [rbp - 24], 0
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 24]
	cmp	byte ptr [rax + rcx], 0
	je	.LBB2_6
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 24]
	movsx	eax, byte ptr [rax + rcx]
	cmp	eax, dword ptr [rbp - 20]
	jne	.LBB2_4
# %bb.3:
	mov	eax, dword ptr [rbp - 24]
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB2_7
.LBB2_4:                                #   in Loop: Header=BB2_1 Depth=1
	jmp	.LBB2_5
.LBB2_5:                                #   in Loop: Header=BB2_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB2_1
.LBB2_6:
	mov	dword ptr [rbp - 4], -1
.LBB2_7:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end2:
	.size	index_of, .Lfunc_end2-index_of
                                        # -- End function
	.globl	last_index_of                   # -- Begin function last_index_of
	.p2align	4, 0x90
	.type	last_index_of,@function
last_index_of:                          # @last_index_of
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], -1
	mov	dword ptr [rbp - 20], 0
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	cmp	byte ptr [rax + rcx], 0
	je	.LBB3_6
# %bb.2:                                #   in Loop: Header=BB3_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 20]
	movsx	eax, byte ptr [rax + rcx]
	cmp	eax, dword ptr [rbp - 12]
	jne	.LBB3_4
# %bb.3:                                #   in Loop: Header=BB3_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 16], eax
.LBB3_4:                                #   in Loop: Header=BB3_1 Depth=1
	jmp	.LBB3_5
.LBB3_5:                                #   in Loop: Header=BB3_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB3_1
.LBB3_6:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end3:
	.size	last_index_of, .Lfunc_end3-last_index_of
                                        # -- End function
	.globl	count_char                      # -- Begin function count_char
	.p2align	4, 0x90
	.type	count_char,@function
count_char:                             # @count_char
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	dword ptr [rbp - 16], 0
.LBB4_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB4_4
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, dword ptr [rbp - 12]
	sete	al
	and	al, 1
	movzx	eax, al
	add	eax, dword ptr [rbp - 16]
	mov	dword ptr [rbp - 16], eax
# %bb.3:                                #   in Loop: Header=BB4_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB4_1
.LBB4_4:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end4:
	.size	count_char, .Lfunc_end4-count_char
                                        # -- End function
	.globl	to_upper                        # -- Begin function to_upper
	.p2align	4, 0x90
	.type	to_upper,@function
to_upper:                               # @to_upper
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB5_7
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 97
	jl	.LBB5_5
# %bb.3:                                #   in Loop: Header=BB5_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 122
	jg	.LBB5_5
# %bb.4:                                #   in Loop: Header=BB5_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	ecx, byte ptr [rax]
	sub	ecx, 32
                                        # kill: def $cl killed $cl killed $ecx
	mov	byte ptr [rax], cl
.LBB5_5:                                #   in Loop: Header=BB5_1 Depth=1
	jmp	.LBB5_6
.LBB5_6:                                #   in Loop: Header=BB5_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB5_1
.LBB5_7:
	pop	rbp
	ret
.Lfunc_end5:
	.size	to_upper, .Lfunc_end5-to_upper
                                        # -- End function
	.globl	to_lower                        # -- Begin function to_lower
	.p2align	4, 0x90
	.type	to_lower,@function
to_lower:                               # @to_lower
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
.LBB6_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB6_7
# %bb.2:                                #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 65
	jl	.LBB6_5
# %bb.3:                                #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 90
	jg	.LBB6_5
# %bb.4:                                #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	ecx, byte ptr [rax]
	add	ecx, 32
                                        # kill: def $cl killed $cl killed $ecx
	mov	byte ptr [rax], cl
.LBB6_5:                                #   in Loop: Header=BB6_1 Depth=1
	jmp	.LBB6_6
.LBB6_6:                                #   in Loop: Header=BB6_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB6_1
.LBB6_7:
	pop	rbp
	ret
.Lfunc_end6:
	.size	to_lower, .Lfunc_end6-to_lower
                                        # -- End function
	.globl	reverse_string                  # -- Begin function reverse_string
	.p2align	4, 0x90
	.type	reverse_string,@function
reverse_string:                         # @reverse_string
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], 0
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	cmp	byte ptr [rax + rcx], 0
	je	.LBB7_3
# %bb.2:                                #   in Loop: Header=BB7_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB7_1
.LBB7_3:
	mov	qword ptr [rbp - 24], 0
.LBB7_4:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 24]
	mov	rcx, qword ptr [rbp - 16]
	shr	rcx, 1
	cmp	rax, rcx
	jae	.LBB7_7
# %bb.5:                                #   in Loop: Header=BB7_4 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 24]
	mov	al, byte ptr [rax + rcx]
	mov	byte ptr [rbp - 25], al
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	sub	rcx, 1
	sub	rcx, qword ptr [rbp - 24]
	mov	dl, byte ptr [rax + rcx]
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 24]
	mov	byte ptr [rax + rcx], dl
	mov	dl, byte ptr [rbp - 25]
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	sub	rcx, 1
	sub	rcx, qword ptr [rbp - 24]
	mov	byte ptr [rax + rcx], dl
# %bb.6:                                #   in Loop: Header=BB7_4 Depth=1
	mov	rax, qword ptr [rbp - 24]
	add	rax, 1
	mov	qword ptr [rbp - 24], rax
	jmp	.LBB7_4
.LBB7_7:
	pop	rbp
	ret
.Lfunc_end7:
	.size	reverse_string, .Lfunc_end7-reverse_string
                                        # -- End function
	.globl	is_palindrome                   # -- Begin function is_palindrome
	.p2align	4, 0x90
	.type	is_palindrome,@function
is_palindrome:                          # @is_palindrome
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	dword ptr [rbp - 20], 0
	mov	dword ptr [rbp - 24], 0
.LBB8_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 24]
	cmp	byte ptr [rax + rcx], 0
	je	.LBB8_3
# %bb.2:                                #   in Loop: Header=BB8_1 Depth=1
	mov	eax, dword ptr [rbp - 24]
	add	eax, 1
	mov	dword ptr [rbp - 24], eax
	jmp	.LBB8_1
.LBB8_3:
	mov	eax, dword ptr [rbp - 24]
	add	eax, -1
	mov	dword ptr [rbp - 24], eax
.LBB8_4:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 24]
	jge	.LBB8_8
# %bb.5:                                #   in Loop: Header=BB8_4 Depth=1
	mov	rax, qword ptr [rbp - 16]
	mov	ecx, dword ptr [rbp - 20]
	mov	edx, ecx
	add	edx, 1
	mov	dword ptr [rbp - 20], edx
	movsxd	rcx, ecx
	movsx	eax, byte ptr [rax + rcx]
	mov	rcx, qword ptr [rbp - 16]
	mov	edx, dword ptr [rbp - 24]
	mov	esi, edx
	add	esi, -1
	mov	dword ptr [rbp - 24], esi
	movsxd	rdx, edx
	movsx	ecx, byte ptr [rcx + rdx]
	cmp	eax, ecx
	je	.LBB8_7
# %bb.6:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB8_9
.LBB8_7:                                #   in Loop: Header=BB8_4 Depth=1
	jmp	.LBB8_4
.LBB8_8:
	mov	dword ptr [rbp - 4], 1
.LBB8_9:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end8:
	.size	is_palindrome, .Lfunc_end8-is_palindrome
                                        # -- End function
	.globl	my_atoi                         # -- Begin function my_atoi
	.p2align	4, 0x90
	.type	my_atoi,@function
my_atoi:                                # @my_atoi
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 1
	mov	dword ptr [rbp - 16], 0
.LBB9_1:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 32
	jne	.LBB9_3
# %bb.2:                                #   in Loop: Header=BB9_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB9_1
.LBB9_3:
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 45
	je	.LBB9_5
# %bb.4:
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 43
	jne	.LBB9_6
.LBB9_5:
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 8], rcx
	movsx	edx, byte ptr [rax]
	mov	eax, 1
	mov	ecx, 4294967295
	cmp	edx, 45
	cmove	eax, ecx
	mov	dword ptr [rbp - 12], eax
.LBB9_6:
	jmp	.LBB9_7
.LBB9_7:                                # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	ecx, byte ptr [rax]
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	ecx, 48
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
	jl	.LBB9_9
# %bb.8:                                #   in Loop: Header=BB9_7 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 57
	setle	al
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
.LBB9_9:                                #   in Loop: Header=BB9_7 Depth=1
	mov	al, byte ptr [rbp - 17]         # 1-byte Reload
	test	al, 1
	jne	.LBB9_10
	jmp	.LBB9_11
.LBB9_10:                               #   in Loop: Header=BB9_7 Depth=1
	imul	eax, dword ptr [rbp - 16], 10
	mov	rcx, qword ptr [rbp - 8]
	mov	rdx, rcx
	add	rdx, 1
	mov	qword ptr [rbp - 8], rdx
	movsx	ecx, byte ptr [rcx]
	sub	ecx, 48
	add	eax, ecx
	mov	dword ptr [rbp - 16], eax
	jmp	.LBB9_7
.LBB9_11:
	mov	eax, dword ptr [rbp - 12]
	imul	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end9:
	.size	my_atoi, .Lfunc_end9-my_atoi
                                        # -- End function
	.globl	utoa_len                        # -- Begin function utoa_len
	.p2align	4, 0x90
	.type	utoa_len,@function
utoa_len:                               # @utoa_len
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	qword ptr [rbp - 16], rsi
	mov	dword ptr [rbp - 32], 0
.LBB10_1:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	add	edx, 48
	mov	cl, dl
	mov	eax, dword ptr [rbp - 32]
	mov	edx, eax
	add	edx, 1
	mov	dword ptr [rbp - 32], edx
	cdqe
	mov	byte ptr [rbp + rax - 28], cl
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	mov	dword ptr [rbp - 4], eax
# %bb.2:                                #   in Loop: Header=BB10_1 Depth=1
	cmp	dword ptr [rbp - 4], 0
	jne	.LBB10_1
# %bb.3:
	mov	dword ptr [rbp - 36], 0
.LBB10_4:                               # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rbp - 36]
	cmp	eax, dword ptr [rbp - 32]
	jge	.LBB10_7
# %bb.5:                                #   in Loop: Header=BB10_4 Depth=1
	mov	eax, dword ptr [rbp - 32]
	sub	eax, 1
	sub	eax, dword ptr [rbp - 36]
	cdqe
	mov	dl, byte ptr [rbp + rax - 28]
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 36]
	mov	byte ptr [rax + rcx], dl
# %bb.6:                                #   in Loop: Header=BB10_4 Depth=1
	mov	eax, dword ptr [rbp - 36]
	add	eax, 1
	mov	dword ptr [rbp - 36], eax
	jmp	.LBB10_4
.LBB10_7:
	mov	rax, qword ptr [rbp - 16]
	movsxd	rcx, dword ptr [rbp - 32]
	mov	byte ptr [rax + rcx], 0
	mov	eax, dword ptr [rbp - 32]
	pop	rbp
	ret
.Lfunc_end10:
	.size	utoa_len, .Lfunc_end10-utoa_len
                                        # -- End function
	.globl	count_words                     # -- Begin function count_words
	.p2align	4, 0x90
	.type	count_words,@function
count_words:                            # @count_words
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB11_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB11_11
# %bb.2:                                #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 32
	je	.LBB11_5
# %bb.3:                                #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 9
	je	.LBB11_5
# %bb.4:                                #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 10
	jne	.LBB11_6
.LBB11_5:                               #   in Loop: Header=BB11_1 Depth=1
	mov	dword ptr [rbp - 16], 0
	jmp	.LBB11_9
.LBB11_6:                               #   in Loop: Header=BB11_1 Depth=1
	cmp	dword ptr [rbp - 16], 0
	jne	.LBB11_8
# %bb.7:                                #   in Loop: Header=BB11_1 Depth=1
	mov	dword ptr [rbp - 16], 1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
.LBB11_8:                               #   in Loop: Header=BB11_1 Depth=1
	jmp	.LBB11_9
.LBB11_9:                               #   in Loop: Header=BB11_1 Depth=1
	jmp	.LBB11_10
.LBB11_10:                              #   in Loop: Header=BB11_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB11_1
.LBB11_11:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end11:
	.size	count_words, .Lfunc_end11-count_words
                                        # -- End function
	.globl	count_vowels                    # -- Begin function count_vowels
	.p2align	4, 0x90
	.type	count_vowels,@function
count_vowels:                           # @count_vowels
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB12_6
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	or	eax, 32
	mov	dword ptr [rbp - 16], eax       # 4-byte Spill
	sub	eax, 97
	je	.LBB12_3
	jmp	.LBB12_7
.LBB12_7:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 101
	je	.LBB12_3
	jmp	.LBB12_8
.LBB12_8:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 105
	je	.LBB12_3
	jmp	.LBB12_9
.LBB12_9:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 111
	je	.LBB12_3
	jmp	.LBB12_10
.LBB12_10:                              #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 16]       # 4-byte Reload
	sub	eax, 117
	jne	.LBB12_4
	jmp	.LBB12_3
.LBB12_3:                               #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
.LBB12_4:                               #   in Loop: Header=BB12_1 Depth=1
	jmp	.LBB12_5
.LBB12_5:                               #   in Loop: Header=BB12_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB12_1
.LBB12_6:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end12:
	.size	count_vowels, .Lfunc_end12-count_vowels
                                        # -- End function
	.globl	span_digits                     # -- Begin function span_digits
	.p2align	4, 0x90
	.type	span_digits,@function
span_digits:                            # @span_digits
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], 0
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	movsx	ecx, byte ptr [rax + rcx]
	xor	eax, eax
                                        # kill: def $al killed $al killed $eax
	cmp	ecx, 48
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
	jl	.LBB13_3
# %bb.2:                                #   in Loop: Header=BB13_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	mov	rcx, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax + rcx]
	cmp	eax, 57
	setle	al
	mov	byte ptr [rbp - 17], al         # 1-byte Spill
.LBB13_3:                               #   in Loop: Header=BB13_1 Depth=1
	mov	al, byte ptr [rbp - 17]         # 1-byte Reload
	test	al, 1
	jne	.LBB13_4
	jmp	.LBB13_5
.LBB13_4:                               #   in Loop: Header=BB13_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB13_1
.LBB13_5:
	mov	rax, qword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end13:
	.size	span_digits, .Lfunc_end13-span_digits
                                        # -- End function
	.globl	parse_hex                       # -- Begin function parse_hex
	.p2align	4, 0x90
	.type	parse_hex,@function
parse_hex:                              # @parse_hex
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB14_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	mov	dword ptr [rbp - 16], eax
	cmp	dword ptr [rbp - 16], 48
	jl	.LBB14_4
# %bb.2:                                #   in Loop: Header=BB14_1 Depth=1
	cmp	dword ptr [rbp - 16], 57
	jg	.LBB14_4
# %bb.3:                                #   in Loop: Header=BB14_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	sub	eax, 48
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB14_9
.LBB14_4:                               #   in Loop: Header=BB14_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	or	eax, 32
	cmp	eax, 97
	jl	.LBB14_7
# %bb.5:                                #   in Loop: Header=BB14_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	or	eax, 32
	cmp	eax, 102
	jg	.LBB14_7
# %bb.6:                                #   in Loop: Header=BB14_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	or	eax, 32
	sub	eax, 97
	add	eax, 10
	mov	dword ptr [rbp - 20], eax
	jmp	.LBB14_8
.LBB14_7:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.LBB14_8:                               #   in Loop: Header=BB14_1 Depth=1
	jmp	.LBB14_9
.LBB14_9:                               #   in Loop: Header=BB14_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	shl	eax, 4
	add	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 12], eax
# %bb.10:                               #   in Loop: Header=BB14_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB14_1
.Lfunc_end14:
	.size	parse_hex, .Lfunc_end14-parse_hex
                                        # -- End function
	.globl	caesar                          # -- Begin function caesar
	.p2align	4, 0x90
	.type	caesar,@function
caesar:                                 # @caesar
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], esi
	mov	eax, dword ptr [rbp - 12]
	mov	ecx, 26
	cdq
	idiv	ecx
	mov	eax, edx
	add	eax, 26
	mov	ecx, 26
	cdq
	idiv	ecx
	mov	dword ptr [rbp - 12], edx
.LBB15_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB15_11
# %bb.2:                                #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 97
	jl	.LBB15_5
# %bb.3:                                #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 122
	jg	.LBB15_5
# %bb.4:                                #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	sub	eax, 97
	add	eax, dword ptr [rbp - 12]
	mov	ecx, 26
	cdq
	idiv	ecx
	add	edx, 97
	mov	cl, dl
	mov	rax, qword ptr [rbp - 8]
	mov	byte ptr [rax], cl
	jmp	.LBB15_9
.LBB15_5:                               #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 65
	jl	.LBB15_8
# %bb.6:                                #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 90
	jg	.LBB15_8
# %bb.7:                                #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	sub	eax, 65
	add	eax, dword ptr [rbp - 12]
	mov	ecx, 26
	cdq
	idiv	ecx
	add	edx, 65
	mov	cl, dl
	mov	rax, qword ptr [rbp - 8]
	mov	byte ptr [rax], cl
.LBB15_8:                               #   in Loop: Header=BB15_1 Depth=1
	jmp	.LBB15_9
.LBB15_9:                               #   in Loop: Header=BB15_1 Depth=1
	jmp	.LBB15_10
.LBB15_10:                              #   in Loop: Header=BB15_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB15_1
.LBB15_11:
	pop	rbp
	ret
.Lfunc_end15:
	.size	caesar, .Lfunc_end15-caesar
                                        # -- End function
	.globl	starts_with                     # -- Begin function starts_with
	.p2align	4, 0x90
	.type	starts_with,@function
starts_with:                            # @starts_with
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	qword ptr [rbp - 24], rsi
.LBB16_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 24]
	cmp	byte ptr [rax], 0
	je	.LBB16_5
# %bb.2:                                #   in Loop: Header=BB16_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 16], rcx
	movsx	eax, byte ptr [rax]
	mov	rcx, qword ptr [rbp - 24]
	mov	rdx, rcx
	add	rdx, 1
	mov	qword ptr [rbp - 24], rdx
	movsx	ecx, byte ptr [rcx]
	cmp	eax, ecx
	je	.LBB16_4
# %bb.3:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB16_6
.LBB16_4:                               #   in Loop: Header=BB16_1 Depth=1
	jmp	.LBB16_1
.LBB16_5:
	mov	dword ptr [rbp - 4], 1
.LBB16_6:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end16:
	.size	starts_with, .Lfunc_end16-starts_with
                                        # -- End function
	.globl	leading_spaces                  # -- Begin function leading_spaces
	.p2align	4, 0x90
	.type	leading_spaces,@function
leading_spaces:                         # @leading_spaces
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB17_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 12]
	movsx	eax, byte ptr [rax + rcx]
	cmp	eax, 32
	jne	.LBB17_3
# %bb.2:                                #   in Loop: Header=BB17_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB17_1
.LBB17_3:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end17:
	.size	leading_spaces, .Lfunc_end17-leading_spaces
                                        # -- End function
	.globl	trailing_spaces                 # -- Begin function trailing_spaces
	.p2align	4, 0x90
	.type	trailing_spaces,@function
trailing_spaces:                        # @trailing_spaces
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
	mov	dword ptr [rbp - 16], 0
.LBB18_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 12]
	cmp	byte ptr [rax + rcx], 0
	je	.LBB18_7
# %bb.2:                                #   in Loop: Header=BB18_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsxd	rcx, dword ptr [rbp - 12]
	movsx	eax, byte ptr [rax + rcx]
	cmp	eax, 32
	jne	.LBB18_4
# %bb.3:                                #   in Loop: Header=BB18_1 Depth=1
	mov	eax, dword ptr [rbp - 16]
	add	eax, 1
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	jmp	.LBB18_5
.LBB18_4:                               #   in Loop: Header=BB18_1 Depth=1
	xor	eax, eax
	mov	dword ptr [rbp - 20], eax       # 4-byte Spill
	jmp	.LBB18_5
.LBB18_5:                               #   in Loop: Header=BB18_1 Depth=1
	mov	eax, dword ptr [rbp - 20]       # 4-byte Reload
	mov	dword ptr [rbp - 16], eax
# %bb.6:                                #   in Loop: Header=BB18_1 Depth=1
	mov	eax, dword ptr [rbp - 12]
	add	eax, 1
	mov	dword ptr [rbp - 12], eax
	jmp	.LBB18_1
.LBB18_7:
	mov	eax, dword ptr [rbp - 16]
	pop	rbp
	ret
.Lfunc_end18:
	.size	trailing_spaces, .Lfunc_end18-trailing_spaces
                                        # -- End function
	.globl	strcasecmp_ascii                # -- Begin function strcasecmp_ascii
	.p2align	4, 0x90
	.type	strcasecmp_ascii,@function
strcasecmp_ascii:                       # @strcasecmp_ascii
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
.LBB19_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	or	eax, 32
	mov	dword ptr [rbp - 20], eax
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	or	eax, 32
	mov	dword ptr [rbp - 24], eax
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB19_4
# %bb.2:                                #   in Loop: Header=BB19_1 Depth=1
	mov	rax, qword ptr [rbp - 16]
	cmp	byte ptr [rax], 0
	je	.LBB19_4
# %bb.3:                                #   in Loop: Header=BB19_1 Depth=1
	mov	eax, dword ptr [rbp - 20]
	cmp	eax, dword ptr [rbp - 24]
	je	.LBB19_11
.LBB19_4:
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 0
	je	.LBB19_6
# %bb.5:
	mov	eax, dword ptr [rbp - 20]
	mov	dword ptr [rbp - 28], eax       # 4-byte Spill
	jmp	.LBB19_7
.LBB19_6:
	xor	eax, eax
	mov	dword ptr [rbp - 28], eax       # 4-byte Spill
	jmp	.LBB19_7
.LBB19_7:
	mov	eax, dword ptr [rbp - 28]       # 4-byte Reload
	mov	dword ptr [rbp - 32], eax       # 4-byte Spill
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 0
	je	.LBB19_9
# %bb.8:
	mov	eax, dword ptr [rbp - 24]
	mov	dword ptr [rbp - 36], eax       # 4-byte Spill
	jmp	.LBB19_10
.LBB19_9:
	xor	eax, eax
	mov	dword ptr [rbp - 36], eax       # 4-byte Spill
	jmp	.LBB19_10
.LBB19_10:
	mov	eax, dword ptr [rbp - 32]       # 4-byte Reload
	mov	ecx, dword ptr [rbp - 36]       # 4-byte Reload
	sub	eax, ecx
	pop	rbp
	ret
.LBB19_11:                              #   in Loop: Header=BB19_1 Depth=1
	jmp	.LBB19_12
.LBB19_12:                              #   in Loop: Header=BB19_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB19_1
.Lfunc_end19:
	.size	strcasecmp_ascii, .Lfunc_end19-strcasecmp_ascii
                                        # -- End function
	.globl	copy_string                     # -- Begin function copy_string
	.p2align	4, 0x90
	.type	copy_string,@function
copy_string:                            # @copy_string
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
.LBB20_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	mov	rcx, rax
	add	rcx, 1
	mov	qword ptr [rbp - 16], rcx
	mov	al, byte ptr [rax]
	mov	rcx, qword ptr [rbp - 8]
	mov	rdx, rcx
	add	rdx, 1
	mov	qword ptr [rbp - 8], rdx
	mov	byte ptr [rcx], al
	cmp	al, 0
	je	.LBB20_3
# %bb.2:                                #   in Loop: Header=BB20_1 Depth=1
	jmp	.LBB20_1
.LBB20_3:
	pop	rbp
	ret
.Lfunc_end20:
	.size	copy_string, .Lfunc_end20-copy_string
                                        # -- End function
	.globl	is_identifier                   # -- Begin function is_identifier
	.p2align	4, 0x90
	.type	is_identifier,@function
is_identifier:                          # @is_identifier
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 16], rdi
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 95
	je	.LBB21_4
# %bb.1:
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	or	eax, 32
	cmp	eax, 97
	jl	.LBB21_3
# %bb.2:
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	or	eax, 32
	cmp	eax, 122
	jle	.LBB21_4
.LBB21_3:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB21_15
.LBB21_4:
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
.LBB21_5:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 16]
	cmp	byte ptr [rax], 0
	je	.LBB21_14
# %bb.6:                                #   in Loop: Header=BB21_5 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 95
	je	.LBB21_12
# %bb.7:                                #   in Loop: Header=BB21_5 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 48
	jl	.LBB21_9
# %bb.8:                                #   in Loop: Header=BB21_5 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	cmp	eax, 57
	jle	.LBB21_12
.LBB21_9:                               #   in Loop: Header=BB21_5 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	or	eax, 32
	cmp	eax, 97
	jl	.LBB21_11
# %bb.10:                               #   in Loop: Header=BB21_5 Depth=1
	mov	rax, qword ptr [rbp - 16]
	movsx	eax, byte ptr [rax]
	or	eax, 32
	cmp	eax, 122
	jle	.LBB21_12
.LBB21_11:
	mov	dword ptr [rbp - 4], 0
	jmp	.LBB21_15
.LBB21_12:                              #   in Loop: Header=BB21_5 Depth=1
	jmp	.LBB21_13
.LBB21_13:                              #   in Loop: Header=BB21_5 Depth=1
	mov	rax, qword ptr [rbp - 16]
	add	rax, 1
	mov	qword ptr [rbp - 16], rax
	jmp	.LBB21_5
.LBB21_14:
	mov	dword ptr [rbp - 4], 1
.LBB21_15:
	mov	eax, dword ptr [rbp - 4]
	pop	rbp
	ret
.Lfunc_end21:
	.size	is_identifier, .Lfunc_end21-is_identifier
                                        # -- End function
	.globl	digit_sum_string                # -- Begin function digit_sum_string
	.p2align	4, 0x90
	.type	digit_sum_string,@function
digit_sum_string:                       # @digit_sum_string
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	dword ptr [rbp - 12], 0
.LBB22_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB22_7
# %bb.2:                                #   in Loop: Header=BB22_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 48
	jl	.LBB22_5
# %bb.3:                                #   in Loop: Header=BB22_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 57
	jg	.LBB22_5
# %bb.4:                                #   in Loop: Header=BB22_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	sub	eax, 48
	add	eax, dword ptr [rbp - 12]
	mov	dword ptr [rbp - 12], eax
.LBB22_5:                               #   in Loop: Header=BB22_1 Depth=1
	jmp	.LBB22_6
.LBB22_6:                               #   in Loop: Header=BB22_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB22_1
.LBB22_7:
	mov	eax, dword ptr [rbp - 12]
	pop	rbp
	ret
.Lfunc_end22:
	.size	digit_sum_string, .Lfunc_end22-digit_sum_string
                                        # -- End function
	.globl	squeeze_spaces                  # -- Begin function squeeze_spaces
	.p2align	4, 0x90
	.type	squeeze_spaces,@function
squeeze_spaces:                         # @squeeze_spaces
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	qword ptr [rbp - 16], rax
	mov	dword ptr [rbp - 20], 0
.LBB23_1:                               # =>This Inner Loop Header: Depth=1
	mov	rax, qword ptr [rbp - 8]
	cmp	byte ptr [rax], 0
	je	.LBB23_7
# %bb.2:                                #   in Loop: Header=BB23_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 32
	jne	.LBB23_5
# %bb.3:                                #   in Loop: Header=BB23_1 Depth=1
	cmp	dword ptr [rbp - 20], 0
	je	.LBB23_5
# %bb.4:                                #   in Loop: Header=BB23_1 Depth=1
	jmp	.LBB23_6
.LBB23_5:                               #   in Loop: Header=BB23_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	movsx	eax, byte ptr [rax]
	cmp	eax, 32
	sete	al
	and	al, 1
	movzx	eax, al
	mov	dword ptr [rbp - 20], eax
	mov	rax, qword ptr [rbp - 8]
	mov	cl, byte ptr [rax]
	mov	rax, qword ptr [rbp - 16]
	mov	rdx, rax
	add	rdx, 1
	mov	qword ptr [rbp - 16], rdx
	mov	byte ptr [rax], cl
.LBB23_6:                               #   in Loop: Header=BB23_1 Depth=1
	mov	rax, qword ptr [rbp - 8]
	add	rax, 1
	mov	qword ptr [rbp - 8], rax
	jmp	.LBB23_1
.LBB23_7:
	mov	rax, qword ptr [rbp - 16]
	mov	byte ptr [rax], 0
	pop	rbp
	ret
.Lfunc_end23:
	.size	squeeze_spaces, .Lfunc_end23-squeeze_spaces
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
